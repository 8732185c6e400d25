// What `httpinspect explain api/deprecation-without-link` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when a response has a Deprecation field but no Link field with rel=\"deprecation\" (among possibly several relation types).",
  breaks: [
    { client: "client developers", effect: "learn that the resource is deprecated but not where the migration notes are" },
  ],
  fixes: {
    express: "`res.set(\"Link\", '<https://developer.example.com/deprecation>; rel=\"deprecation\"; type=\"text/html\"')` (use `res.append` if you already send Link).",
    fastify: "`reply.header(\"Link\", '<https://…/deprecation>; rel=\"deprecation\"')`.",
    django: "`response[\"Link\"] = '<https://…/deprecation>; rel=\"deprecation\"'`.",
    fastapi: "`response.headers.append(\"Link\", '<https://…/deprecation>; rel=\"deprecation\"')`.",
    spring: "`headers.add(HttpHeaders.LINK, \"<https://…/deprecation>; rel=\\\"deprecation\\\"\")`.",
    go: "`w.Header().Add(\"Link\", `<https://…/deprecation>; rel=\"deprecation\"`)`.",
  },
  related: ["api/invalid-deprecation", "headers/link-invalid-syntax"],
});
