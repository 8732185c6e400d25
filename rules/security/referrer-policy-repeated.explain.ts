// What `httpinspect explain security/referrer-policy-repeated` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when Referrer-Policy is on several lines whose last known policies differ. Identical lines, and a single line listing fallbacks, are quiet.",
  breaks: [
    { client: "browsers", effect: "apply the last known token of the combined lines, so one layer silently overrides the other." },
  ],
  fixes: {
    express: "Set it once: either helmet's referrerPolicy or the proxy's `add_header Referrer-Policy`, not both.",
    fastify: "@fastify/helmet: `referrerPolicy: { policy: ['no-referrer', 'strict-origin-when-cross-origin'] }`.",
    django: "`SECURE_REFERRER_POLICY = 'strict-origin-when-cross-origin'` (a list or comma string gives a fallback chain).",
    fastapi: "`response.headers['Referrer-Policy'] = 'strict-origin-when-cross-origin'` in a middleware.",
    spring: "`http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))`.",
    go: "`w.Header().Set(\"Referrer-Policy\", \"strict-origin-when-cross-origin\")`.",
  },
  related: ["security/invalid-referrer-policy", "headers/duplicate-singleton"],
});
