// What `httpinspect explain headers/invalid-structured-field` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a field its spec defines as an RFC 9651 structured field (Accept-CH, Critical-CH, Cache-Status, Proxy-Status, Priority, Content-Digest, Repr-Digest, Want-*-Digest, Signature, Signature-Input, Accept-Signature, Link-Template, Reporting-Endpoints, Origin-Agent-Cluster, COOP/COEP and their Report-Only forms) does not parse as its type, with the reason and offset. Repeated lines are combined first.",
  breaks: [
    { client: "browsers, caches and structured-field parsers", effect: "ignore the whole field: priorities, client hints, digests, isolation or cache status are lost." },
  ],
  fixes: {
    express: "Write the value by RFC 9651 (e.g. `res.set('Accept-CH', 'Sec-CH-UA-Model, DPR')` is a list of tokens; `res.set('Origin-Agent-Cluster', '?1')`), or serialize with the `structured-headers` package.",
    fastify: "Same as Express.",
    django: "Use the `http-sf` package (`http_sf.ser(...)`) to serialize, or write `response['Priority'] = 'u=1, i'` by hand carefully.",
    fastapi: "Same as Django / DRF.",
    spring: "Write the string by RFC 9651: lowercase keys, no spaces around '=', quoted strings: `response.setHeader(\"Priority\", \"u=1, i\")`.",
    go: "Build values with a structured-fields package (e.g. github.com/dunglas/httpsfv) instead of string concatenation.",
  },
  related: ["security/invalid-cross-origin-policy", "security/invalid-permissions-policy"],
});
