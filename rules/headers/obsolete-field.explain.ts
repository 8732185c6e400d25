// What `httpinspect explain headers/obsolete-field` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on Warning (obsoleted by RFC 9111), Content-MD5 (removed by RFC 7231), P3P (retired) and Expect-CT (obsolete) in a response.",
  breaks: [
    { client: "current browsers and caches", effect: "ignore these fields: they cost bytes and signal an outdated configuration." },
  ],
  fixes: {
    express: "Remove the `res.set` calls or middleware that add them (old helmet versions added Expect-CT; `helmet({ expectCt: false })`).",
    fastify: "Remove them from hooks; `@fastify/helmet` v10+ no longer sets Expect-CT.",
    django: "Remove custom middleware adding P3P or Content-MD5 (django-p3p and similar).",
    fastapi: "Remove the header from middleware or response `headers=`.",
    spring: "Remove `HeaderWriter`s adding them; Spring Security's `httpPublicKeyPinning`/Expect-CT support is deprecated.",
    go: "Delete the `w.Header().Set(\"Expect-CT\", …)` (or P3P, Content-MD5, Warning) lines.",
  },
  related: ["headers/duplicate-singleton"],
});
