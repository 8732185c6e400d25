// What `httpinspect explain cookies/obsolete-attribute` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on the RFC 2109/2965 attributes Version, Comment, CommentURL, Discard and Port, and on Chromium's removed SameParty.",
  breaks: [
    { client: "browsers", effect: "ignore them; they only lengthen every response" },
  ],
  fixes: {
    express: "Remove them from hand-built Set-Cookie strings.",
    fastify: "Remove them from hand-built Set-Cookie strings.",
    django: "Old code passing `Version` via `SimpleCookie` morsels: drop the attribute.",
    fastapi: "Drop `version`/`comment` morsel attributes set through http.cookies.",
    spring: "Do not call `Cookie.setVersion(1)` or `setComment` (ignored and deprecated in Servlet 6).",
    go: "Go never writes them: look for a proxy or hand-built header adding them.",
  },
  related: ["cookies/unknown-attribute"],
});
