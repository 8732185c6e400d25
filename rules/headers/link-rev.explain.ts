// What `httpinspect explain headers/link-rev` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on each link that has a rev parameter.",
  breaks: [
    { client: "link consumers", effect: "ignore rev (RFC 8288 deprecates it), so the relation is lost" },
  ],
  fixes: {
    express: "Replace `rev=\"x\"` with the inverse relation in `rel`.",
    fastify: "Replace `rev` with the inverse relation in `rel`.",
    django: "Replace `rev` with the inverse relation in `rel`.",
    fastapi: "Replace `rev` with the inverse relation in `rel`.",
    spring: "Replace `rev` with the inverse relation in `rel`.",
    go: "Replace `rev` with the inverse relation in `rel`.",
  },
  related: ["headers/link-invalid-syntax"],
});
