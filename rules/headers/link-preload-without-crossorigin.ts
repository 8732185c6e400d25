import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { linkParam, relationTypes } from '../../src/http/link';
import { linkEvidence, linkFieldsOf, linkLocation } from './_link';

// Fonts are always fetched in CORS mode, and fetch() defaults to it: a preload of either without crossorigin is made
// in no-cors mode, does not match the later request, and the resource is downloaded twice.
const CORS_DESTINATIONS = new Set(['font', 'fetch']);

export default defineRule({
  meta: {
    id: 'headers/link-preload-without-crossorigin',
    category: 'headers',
    severity: 'warning',
    title: 'Font or fetch preload without crossorigin',
    ref: { label: 'HTML: preload (match preload entries)', url: 'https://html.spec.whatwg.org/multipage/links.html#link-type-preload' },
    why: 'Browsers request fonts (and fetch() calls) in CORS mode; a preload without `crossorigin` is made without it, so the preloaded response does not match the real request: the resource is downloaded twice and Chrome warns that the preload was not used.',
    fix: 'Add `crossorigin` to font and fetch preloads, even for same-origin files: `Link: </f.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin`.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const field of linkFieldsOf(exchange)) {
      for (const link of field.parsed.links) {
        if (!relationTypes(link).includes('preload')) continue;
        const as = linkParam(link, 'as');
        const destination = as?.value?.toLowerCase();
        if (!as || destination === undefined || !CORS_DESTINATIONS.has(destination) || linkParam(link, 'crossorigin')) continue;
        findings.push({
          message: `preload of <${printable(link.target, 60)}> as ${destination} has no crossorigin: the preload does not match the real request and the file is fetched twice`,
          evidence: linkEvidence(field, link.text, link.offset),
          location: linkLocation(field, link.offset),
        });
      }
    }
    return findings;
  },
});
