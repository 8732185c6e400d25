// What `httpinspect explain api/invalid-sunset` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when Sunset is not an HTTP-date (IMF-fixdate, or the obsolete rfc850/asctime forms, which are accepted). An \"@…\" value gets a hint: that is the Deprecation format.",
  breaks: [
    { client: "clients and monitoring that watch Sunset", effect: "cannot parse the value, so the shutdown date goes unnoticed" },
  ],
  fixes: {
    express: "`res.set(\"Sunset\", sunsetDate.toUTCString())`.",
    fastify: "`reply.header(\"Sunset\", sunsetDate.toUTCString())`.",
    django: "`response[\"Sunset\"] = django.utils.http.http_date(sunset.timestamp())`.",
    fastapi: "`response.headers[\"Sunset\"] = email.utils.format_datetime(sunset, usegmt=True)`.",
    spring: "`headers.set(\"Sunset\", DateTimeFormatter.RFC_1123_DATE_TIME.format(sunset.atZone(ZoneOffset.UTC)))`.",
    go: "`w.Header().Set(\"Sunset\", sunset.UTC().Format(http.TimeFormat))`.",
  },
  related: ["api/invalid-deprecation", "api/sunset-in-past", "headers/invalid-date"],
});
