// What `httpinspect explain api/sunset-before-deprecation` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when both Deprecation and Sunset are valid and the Sunset date is earlier than the Deprecation date.",
  breaks: [
    { client: "client developers", effect: "cannot plan a migration: the resource would go away before it is deprecated (RFC 9745 §4 forbids it)" },
  ],
  fixes: {
    express: "Derive both headers from one schedule: `Deprecation: @<deprecatedAt>`, `Sunset: <sunsetAt.toUTCString()>`, with sunsetAt ≥ deprecatedAt.",
    fastify: "Same approach as Express: one schedule object produces both headers.",
    django: "Compute both from one settings entry and assert `sunset >= deprecated` at start-up.",
    fastapi: "Compute both from one settings object; validate `sunset >= deprecated` with pydantic.",
    spring: "Bind both to one @ConfigurationProperties class and validate the order.",
    go: "Keep both in one struct and check `!sunset.Before(deprecated)` at start-up.",
  },
  related: ["api/invalid-deprecation", "api/invalid-sunset", "api/sunset-in-past"],
});
