// What `httpinspect explain api/invalid-deprecation` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when Deprecation is not an RFC 9651 Item holding a date (\"@\" and whole seconds since 1970, parameters allowed); (warning) for the obsolete draft value `true`. An HTTP-date or a bare number gets its own message; two Deprecation fields are reported too (their combined value is not a single date).",
  breaks: [
    { client: "RFC 9745 client libraries and API gateways", effect: "reject the value, so the deprecation is never surfaced to client developers" },
  ],
  fixes: {
    express: "`res.set(\"Deprecation\", `@${Math.floor(deprecatedAt.getTime() / 1000)}`)`.",
    fastify: "`reply.header(\"Deprecation\", `@${Math.floor(deprecatedAt / 1000)}`)`.",
    django: "`response[\"Deprecation\"] = f\"@{int(deprecated_at.timestamp())}\"`.",
    fastapi: "`response.headers[\"Deprecation\"] = f\"@{int(deprecated_at.timestamp())}\"`.",
    spring: "`headers.set(\"Deprecation\", \"@\" + deprecatedAt.getEpochSecond())`.",
    go: "`w.Header().Set(\"Deprecation\", \"@\"+strconv.FormatInt(deprecatedAt.Unix(), 10))`.",
  },
  related: ["api/deprecation-without-link", "api/sunset-before-deprecation", "api/invalid-sunset"],
});
