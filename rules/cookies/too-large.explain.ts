// What `httpinspect explain cookies/too-large` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a cookie's name and value together exceed 4096 bytes; (warning) when one attribute value exceeds 1024 bytes. Quiet on cookies up to exactly 4096 bytes of name and value.",
  breaks: [
    { client: "browsers", effect: "ignore the oversized cookie (or attribute); a session stored client-side simply disappears" },
    { client: "proxies and servers", effect: "often reject requests whose Cookie header passes 8 KiB with 400 or 431" },
  ],
  fixes: {
    express: "Keep express-session's store server-side (Redis, database) instead of cookie-session for large data; `res.cookie` only an id.",
    fastify: "Use @fastify/session with a store, or keep @fastify/secure-session payloads small.",
    django: "Use the database or cache session backend instead of `signed_cookies` when the session grows.",
    fastapi: "Keep Starlette's SessionMiddleware payload small (it signs the whole dict into one cookie) or store data server-side keyed by an id.",
    spring: "Spring Session (JDBC or Redis) keeps data server-side; the cookie carries only the id.",
    go: "Store data server-side (e.g. gorilla/sessions FilesystemStore or Redis) and keep the CookieStore payload small.",
  },
  related: ["cookies/invalid-characters"],
});
