// What `httpinspect explain security/csp-report-uri-only` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when a Content-Security-Policy or -Report-Only policy has report-uri and no report-to.",
  breaks: [
    { client: "Chromium", effect: "prefers report-to; report-uri is deprecated and may stop being honoured, so violations go unreported." },
  ],
  fixes: {
    express: "helmet: `directives: { reportUri: ['/csp'], reportTo: ['csp'] }` and `res.set('Reporting-Endpoints', 'csp=\"/csp\"')`.",
    fastify: "Add `reportTo: ['csp']` to @fastify/helmet's directives and a `Reporting-Endpoints: csp=\"/csp\"` header in an onSend hook.",
    django: "django-csp: `CSP_REPORT_TO = 'csp'` beside `CSP_REPORT_URI`, plus a `Reporting-Endpoints` header from a middleware.",
    fastapi: "Append `; report-to csp` to the policy and set `Reporting-Endpoints: csp=\"https://example.com/csp\"` in the same middleware.",
    spring: "Add `report-to csp` to `policyDirectives(...)` and a `StaticHeadersWriter(\"Reporting-Endpoints\", \"csp=\\\"/csp\\\"\")`.",
    go: "Append `; report-to csp` and `w.Header().Set(\"Reporting-Endpoints\", `csp=\"/csp\"`)`.",
  },
  related: ["security/missing-csp", "headers/invalid-structured-field"],
});
