// What `httpinspect explain headers/invalid-location` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Location is not a valid URI reference (RFC 3986): spaces, non-ASCII characters, bad percent-escapes, invalid characters.',
  breaks: [
    {
      client: 'browsers',
      effect: 'percent-encode what they can and may land on a different URL than intended.',
    },
    { client: 'curl and HTTP libraries', effect: 'reject the redirect or request a different URL.' },
  ],
  fixes: {
    express: '`res.redirect()` / `res.location()` encode the URL (encodeurl); build paths with `encodeURIComponent` for each segment rather than concatenating raw input.',
    fastify: 'Encode with `new URL(path, base).href` or `encodeURIComponent` before `reply.redirect()`.',
    django: '`redirect()` + `reverse()` and `iri_to_uri()` produce valid URIs from non-ASCII paths.',
    fastapi: 'Build with `request.url_for()` or `urllib.parse.quote` before `RedirectResponse`.',
    spring: 'Build with `UriComponentsBuilder...encode().build().toUri()`.',
    go: 'Build with `url.URL{Path: p}.String()` or `url.PathEscape`; `http.Redirect` does not fix invalid input.',
  },
  related: ['status/redirect-without-location', '301'],
});
