// What `httpinspect explain headers/link-invalid-syntax` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) on a Link field that breaks RFC 8288: a target not in <…> or never closed, a target that is not a URI reference, a parameter name that is not a token, an unquoted value with spaces or separators, an unclosed quoted value, a link without rel; (warning) when rel, type, media or title is repeated in one link, or a value with separators is unquoted (`type=font/woff2`: browsers accept it, strict parsers do not). Links of 103 Early Hints responses are checked too. Commas inside <…> and quoted strings, empty list elements and a trailing \";\" are accepted.",
  breaks: [
    { client: "browsers", effect: "ignore malformed preload/preconnect hints" },
    { client: "API clients (GitHub-style pagination parsers)", effect: "miss rel=\"next\" and stop paging" },
  ],
  fixes: {
    express: "`res.links({ next: url1, last: url2 })` writes valid Link syntax.",
    fastify: "Build values as `<${url}>; rel=\"next\"` and join several with \", \".",
    django: "Build values as `f'<{url}>; rel=\"next\"'`; DRF's LinkHeaderPagination libraries do this.",
    fastapi: "`response.headers[\"Link\"] = \", \".join(f'<{u}>; rel=\"{r}\"' for r, u in links.items())`.",
    spring: "Spring HATEOAS `Link.of(url, \"next\").toString()` renders RFC 8288 syntax.",
    go: "`fmt.Sprintf(\"<%s>; rel=%q\", u, rel)` per link, joined with \", \".",
  },
  related: ["headers/link-rev", "headers/link-anchor", "headers/link-preload-without-as"],
});
