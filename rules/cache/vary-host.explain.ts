// What `httpinspect explain cache/vary-host` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a Vary that lists Host (any case, on any Vary line); X-Forwarded-Host and other fields stay quiet.',
  breaks: [{ client: 'CDNs and proxies that refuse to store responses varying on anything but Accept-Encoding', effect: 'skip caching the response for no benefit, since the host is already in the cache key.' }],
  fixes: {
    express: 'Remove "Host" from `res.vary(...)`; multi-tenant apps keyed by host need no Vary for it.',
    fastify: 'Remove Host from the Vary you set with `reply.header("Vary", …)`.',
    django: 'Remove "Host" from `@vary_on_headers(...)` / `patch_vary_headers(response, [...])`.',
    fastapi: 'Remove Host from the Vary value your middleware writes.',
    spring: 'Remove "Host" from `ResponseEntity.ok().varyBy(...)`.',
    go: 'Drop `w.Header().Add("Vary", "Host")`; vary on X-Forwarded-Host only if a proxy rewrites the host.',
  },
  related: ['cache/vary-user-agent', 'cache/vary-star'],
});
