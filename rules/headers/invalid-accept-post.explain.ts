// What `httpinspect explain headers/invalid-accept-post` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when an Accept-Post line is not a comma-separated list of media ranges (`text/turtle, image/*`).",
  breaks: [
    { client: "LDP clients and API tools", effect: "cannot tell which media types a POST accepts and send one the server rejects with 415." },
  ],
  fixes: {
    express: "`res.set(\"Accept-Post\", \"application/ld+json, text/turtle\")`.",
    fastify: "`reply.header(\"Accept-Post\", \"application/ld+json, text/turtle\")`.",
    django: "`response[\"Accept-Post\"] = \"application/ld+json, text/turtle\"`.",
    fastapi: "`Response(headers={\"Accept-Post\": \"application/ld+json\"})`.",
    spring: "`ResponseEntity.ok().header(\"Accept-Post\", \"application/ld+json, text/turtle\")`.",
    go: "`w.Header().Set(\"Accept-Post\", \"application/ld+json, text/turtle\")`.",
  },
  related: ["headers/invalid-accept-patch", "content/invalid-content-type"],
});
