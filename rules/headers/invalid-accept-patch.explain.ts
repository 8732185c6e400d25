// What `httpinspect explain headers/invalid-accept-patch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when an Accept-Patch line is not a comma-separated list of media types (a bare word, a bad parameter, an unterminated quote) or the field lists none.",
  breaks: [
    { client: "API clients and tools that read Accept-Patch", effect: "cannot tell which patch format to send and pick one the server rejects with 415." },
  ],
  fixes: {
    express: "`res.set(\"Accept-Patch\", \"application/json-patch+json, application/merge-patch+json\")`.",
    fastify: "`reply.header(\"Accept-Patch\", \"application/merge-patch+json\")`.",
    django: "`response[\"Accept-Patch\"] = \"application/merge-patch+json\"`.",
    fastapi: "`Response(headers={\"Accept-Patch\": \"application/merge-patch+json\"})`.",
    spring: "`ResponseEntity.ok().header(\"Accept-Patch\", \"application/merge-patch+json\")` (Spring Data REST sets it correctly).",
    go: "`w.Header().Set(\"Accept-Patch\", \"application/merge-patch+json\")`.",
  },
  related: ["headers/invalid-accept-post", "content/invalid-content-type"],
});
