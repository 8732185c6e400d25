// What `httpinspect explain security/referrer-policy-unsafe-url` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the policy browsers apply (the last known token) is unsafe-url.",
  breaks: [
    { client: "every site linked or loaded from the page", effect: "receives the full URL, path and query included, even over plain http." },
  ],
  fixes: {
    express: "helmet: `referrerPolicy: { policy: 'strict-origin-when-cross-origin' }` (helmet's default is `no-referrer`).",
    fastify: "@fastify/helmet: `referrerPolicy: { policy: ['no-referrer', 'strict-origin-when-cross-origin'] }`.",
    django: "`SECURE_REFERRER_POLICY = 'strict-origin-when-cross-origin'` (a list or comma string gives a fallback chain).",
    fastapi: "`response.headers['Referrer-Policy'] = 'strict-origin-when-cross-origin'` in a middleware.",
    spring: "`http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))`.",
    go: "`w.Header().Set(\"Referrer-Policy\", \"strict-origin-when-cross-origin\")`.",
  },
  related: ["security/invalid-referrer-policy"],
});
