// What `httpinspect explain cookies/invalid-samesite` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a SameSite attribute whose value is not Strict, Lax or None (case-insensitive), including SameSite with no value. Quiet on `SameSite=lax`.",
  breaks: [
    { client: "Chromium", effect: "treats the cookie as Lax by default: cross-site POSTs and iframes lose it" },
    { client: "Firefox, Safari", effect: "treat it as None: the cookie is sent cross-site although the server meant to restrict it" },
  ],
  fixes: {
    express: "`sameSite: \"lax\" | \"strict\" | \"none\"` (`sameSite: true` means Strict in the cookie module: prefer the explicit string).",
    fastify: "`sameSite: \"lax\" | \"strict\" | \"none\"`.",
    django: "`samesite=\"Lax\" | \"Strict\" | \"None\"`; `SESSION_COOKIE_SAMESITE` likewise (False omits it).",
    fastapi: "`samesite=\"lax\" | \"strict\" | \"none\"`.",
    spring: "`.sameSite(\"Lax\" | \"Strict\" | \"None\")`.",
    go: "`SameSite: http.SameSiteLaxMode` (or Strict/None mode); never append a hand-written `SameSite=` string.",
  },
  related: ["cookies/samesite-none-without-secure"],
});
