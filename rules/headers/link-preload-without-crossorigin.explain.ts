// What `httpinspect explain headers/link-preload-without-crossorigin` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a preload link (in the response or a 103 Early Hints) with as=font or as=fetch and no crossorigin parameter. Other destinations are quiet: they are fetched without CORS unless the page asks otherwise.",
  breaks: [
    { client: "Chrome, Edge, Firefox", effect: "download the file twice and (Chrome) warn that the preload was not used because the credentials mode does not match" },
  ],
  fixes: {
    express: "`res.append(\"Link\", '</f.woff2>; rel=preload; as=font; type=\"font/woff2\"; crossorigin')`.",
    fastify: "`reply.header(\"Link\", '</f.woff2>; rel=preload; as=font; crossorigin')`.",
    django: "`response[\"Link\"] = '</static/f.woff2>; rel=preload; as=font; crossorigin'`.",
    fastapi: "`response.headers.append(\"Link\", '</f.woff2>; rel=preload; as=font; crossorigin')`.",
    spring: "`headers.add(HttpHeaders.LINK, \"</f.woff2>; rel=preload; as=font; crossorigin\")`.",
    go: "`w.Header().Add(\"Link\", \"</f.woff2>; rel=preload; as=font; crossorigin\")`.",
  },
  related: ["headers/link-preload-without-as"],
});
