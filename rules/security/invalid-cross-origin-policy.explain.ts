// What `httpinspect explain security/invalid-cross-origin-policy` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when Cross-Origin-Opener-Policy(-Report-Only) or Cross-Origin-Embedder-Policy(-Report-Only) parses as a structured item but is not a defined token (values are case-sensitive), or Cross-Origin-Resource-Policy is not exactly same-origin, same-site or cross-origin. Values that do not parse at all are headers/invalid-structured-field.",
  breaks: [
    { client: "browsers", effect: "ignore the header: no cross-origin isolation (SharedArrayBuffer, precise timers unavailable) or no protection of the resource from cross-origin reads." },
  ],
  fixes: {
    express: "helmet: `crossOriginOpenerPolicy: { policy: 'same-origin' }`, `crossOriginEmbedderPolicy: { policy: 'require-corp' }`, `crossOriginResourcePolicy: { policy: 'same-site' }`.",
    fastify: "Same option names in @fastify/helmet (`crossOriginOpenerPolicy`, `crossOriginEmbedderPolicy`, `crossOriginResourcePolicy`).",
    django: "`SECURE_CROSS_ORIGIN_OPENER_POLICY = 'same-origin'`; COEP/CORP via `response['Cross-Origin-Embedder-Policy'] = 'require-corp'` in a middleware.",
    fastapi: "`response.headers['Cross-Origin-Opener-Policy'] = 'same-origin'` (exact lower case) in a middleware.",
    spring: "`http.headers(h -> h.crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)).crossOriginEmbedderPolicy(c -> c.policy(CrossOriginEmbedderPolicy.REQUIRE_CORP)))`.",
    go: "`w.Header().Set(\"Cross-Origin-Opener-Policy\", \"same-origin\")`; `w.Header().Set(\"Cross-Origin-Resource-Policy\", \"same-site\")`.",
  },
  related: ["headers/invalid-structured-field", "cors/invalid-allow-origin"],
});
