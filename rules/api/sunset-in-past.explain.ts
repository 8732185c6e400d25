// What `httpinspect explain api/sunset-in-past` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a valid Sunset is earlier than the response's Date (or the time of the request without one). Quiet on 404, 410 Gone and redirects: the answers of a resource that is gone or moved after its sunset.",
  breaks: [
    { client: "clients and monitoring", effect: "treat the resource as about to disappear at any moment" },
  ],
  fixes: {
    express: "Compute Sunset from configuration and stop sending it (or answer 410) once it has passed.",
    fastify: "Same approach as Express: drive the header from one config value and a check against now.",
    django: "Drive Sunset from settings; after the date return `HttpResponseGone()`.",
    fastapi: "Drive Sunset from settings; after the date `raise HTTPException(status_code=410)`.",
    spring: "Drive it from a property; after the date return `ResponseEntity.status(HttpStatus.GONE)`.",
    go: "Compare `time.Now()` with the configured sunset and answer `http.StatusGone` after it.",
  },
  related: ["api/sunset-before-deprecation", "api/invalid-sunset"],
});
