// What `httpinspect explain headers/link-preload-without-as` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a link (in the response or in a 103 Early Hints before it) whose rel includes preload and whose as parameter is missing, empty or not a Fetch destination (style, script, font, image, fetch, document…). rel=modulepreload and rel=prefetch are not checked.",
  breaks: [
    { client: "Chrome, Edge, Firefox, Safari", effect: "do not preload the resource and (Chrome) log a console warning" },
  ],
  fixes: {
    express: "`res.append(\"Link\", \"</app.css>; rel=preload; as=style\")`.",
    fastify: "`reply.header(\"Link\", \"</app.css>; rel=preload; as=style\")`.",
    django: "`response[\"Link\"] = \"</static/app.css>; rel=preload; as=style\"`.",
    fastapi: "`response.headers.append(\"Link\", \"</app.css>; rel=preload; as=style\")`.",
    spring: "`headers.add(HttpHeaders.LINK, \"</app.css>; rel=preload; as=style\")`.",
    go: "`w.Header().Add(\"Link\", \"</app.css>; rel=preload; as=style\")` (also sent in a 103 Early Hints).",
  },
  related: ["headers/link-invalid-syntax", "headers/link-anchor", "headers/link-preload-without-crossorigin"],
});
