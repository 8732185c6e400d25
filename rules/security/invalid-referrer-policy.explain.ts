// What `httpinspect explain security/invalid-referrer-policy` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when no token of Referrer-Policy (all lines, comma-split, case-insensitive) is a known policy, or the header is empty. A list with one unknown token and a known one is quiet: browsers skip unknown tokens, which is the documented fallback idiom.",
  breaks: [
    { client: "browsers", effect: "ignore the header and apply their default policy (strict-origin-when-cross-origin), not the one you meant." },
  ],
  fixes: {
    express: "helmet: `referrerPolicy: { policy: 'strict-origin-when-cross-origin' }` (helmet's default is `no-referrer`).",
    fastify: "@fastify/helmet: `referrerPolicy: { policy: ['no-referrer', 'strict-origin-when-cross-origin'] }`.",
    django: "`SECURE_REFERRER_POLICY = 'strict-origin-when-cross-origin'` (a list or comma string gives a fallback chain).",
    fastapi: "`response.headers['Referrer-Policy'] = 'strict-origin-when-cross-origin'` in a middleware.",
    spring: "`http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))`.",
    go: "`w.Header().Set(\"Referrer-Policy\", \"strict-origin-when-cross-origin\")`.",
  },
  related: ["security/referrer-policy-unsafe-url", "security/referrer-policy-repeated"],
});
