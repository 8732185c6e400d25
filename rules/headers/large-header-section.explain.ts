// What `httpinspect explain headers/large-header-section` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the final response's header section (status line to blank line) is larger than 32 KiB, naming the three largest fields. framing/header-section-too-large covers heads past --max-header-size.",
  breaks: [
    { client: "proxies, CDNs, load balancers", effect: "replace the response with a 502 when the head exceeds their buffer." },
    { client: "Node.js clients (fetch, http)", effect: "fail with \"Headers Overflow\" beyond 16 KiB by default." },
  ],
  fixes: {
    express: "Audit `res.cookie` and middleware that append headers (helmet, debug, tracing); remove duplicates and large cookies.",
    fastify: "Audit `onSend` hooks and plugins that add headers; drop debug headers in production.",
    django: "Check middleware adding headers and cookie sizes; use server-side sessions.",
    fastapi: "Check middleware adding headers (tracing, CORS with huge lists) and cookie sizes.",
    spring: "Check filters and `server.max-http-response-header-size`; remove large or repeated cookies.",
    go: "Log `len` of each `w.Header()` value before `WriteHeader` to find the large ones; trim them.",
  },
  related: ["headers/large-field-value", "framing/header-section-too-large"],
});
