// What `httpinspect explain cookies/invalid-path` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a Path attribute that is empty or does not start with \"/\" (a relative path, a full URL); browsers then use the directory of the request URL. Quiet on Path=/ and Path=/app.",
  breaks: [
    { client: "browsers", effect: "scope the cookie to the default path: it is not sent to other sections, and a deletion with a different path misses the cookie" },
  ],
  fixes: {
    express: "`{ path: \"/\" }` (the default) or an absolute path.",
    fastify: "`{ path: \"/\" }`; @fastify/cookie sends no Path when the option is absent.",
    django: "`path=\"/\"` (the default) or an absolute path; `SESSION_COOKIE_PATH = \"/\"`.",
    fastapi: "`path=\"/\"` (the default).",
    spring: "`.path(\"/\")`; the servlet container defaults to the context path.",
    go: "`Path: \"/\"`; Go drops a Path with invalid bytes.",
  },
  related: ["cookies/duplicate-name"],
});
