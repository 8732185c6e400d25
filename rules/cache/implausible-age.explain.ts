// What `httpinspect explain cache/implausible-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Age is more than one year (31,536,000 s) and more than the freshness the response declares (max-age, s-maxage, or Expires minus Date). A long-lived asset (max-age of ten years) with a large Age stays quiet.',
  breaks: [
    { client: 'browsers and downstream caches', effect: 'treat the response as stale immediately and revalidate or refetch it on every use: the cache is useless.' },
  ],
  fixes: {
    express: 'Do not set Age in the app; if a proxy middleware copies it, strip it (`res.removeHeader("Age")`).',
    fastify: 'Strip Age from proxied responses (`@fastify/http-proxy` `replyOptions.rewriteHeaders`).',
    django: 'Remove hand-set Age headers; Django does not generate one.',
    fastapi: 'Do not forward Age from an upstream response after converting it (seconds, not milliseconds or epoch).',
    spring: 'Check filters that compute Age: `Duration.between(stored, now).getSeconds()`, not epoch millis.',
    go: '`strconv.FormatInt(int64(time.Since(stored)/time.Second), 10)`; do not write `time.Now().Unix()` into Age.',
  },
  related: ['cache/invalid-age', 'cache/delta-seconds-overflow'],
});
