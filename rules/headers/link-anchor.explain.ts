// What `httpinspect explain headers/link-anchor` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a link whose anchor parameter resolves (against the request URL) to another resource than the response itself; quiet when the anchor names the response.",
  breaks: [
    { client: "browsers", effect: "ignore preload and other hints that carry an anchor" },
    { client: "generic Link parsers", effect: "often ignore anchor and apply the relation to the response" },
  ],
  fixes: {
    express: "Send the link from the route of the resource it describes instead of using `anchor`.",
    fastify: "Send the link from the route it describes.",
    django: "Send the link from the view of the resource it describes.",
    fastapi: "Send the link from the endpoint of the resource it describes.",
    spring: "Add the link in the controller of the described resource.",
    go: "Add the link in the handler of the described resource.",
  },
  related: ["headers/link-invalid-syntax"],
});
