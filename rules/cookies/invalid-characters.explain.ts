// What `httpinspect explain cookies/invalid-characters` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the cookie name is not a token or the value has characters outside the cookie-octets (space, comma, double quote other than a surrounding pair, backslash; non-ASCII bytes are judged for every header field by headers/non-ascii-value); (error) on a control character, for which browsers ignore the cookie.",
  breaks: [
    { client: "Python http.cookies.SimpleCookie", effect: "stops at the first invalid character and drops the cookies after it" },
    { client: "Go net/http", effect: "drops invalid bytes or the whole cookie" },
    { client: "browsers", effect: "ignore cookies with control characters" },
  ],
  fixes: {
    express: "`res.cookie` percent-encodes values by default (`encode: encodeURIComponent`); do not pass a custom `encode` that returns raw JSON.",
    fastify: "@fastify/cookie encodes with encodeURIComponent by default; keep it.",
    django: "`set_cookie` quotes values with special characters; prefer `signing.dumps` or base64 for structured data.",
    fastapi: "Encode with `base64.urlsafe_b64encode` or `urllib.parse.quote` before `set_cookie`.",
    spring: "`URLEncoder.encode(value, UTF_8)` or Base64 before `ResponseCookie.from`.",
    go: "`base64.URLEncoding.EncodeToString` or `url.QueryEscape` for `Cookie.Value`.",
  },
  related: ["cookies/missing-name", "cookies/too-large"],
});
