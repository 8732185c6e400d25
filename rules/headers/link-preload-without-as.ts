import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { linkParam, relationTypes } from '../../src/http/link';
import { linkEvidence, linkFieldsOf, linkLocation } from './_link';

// Fetch's destinations plus "fetch": the values a preload's `as` may take (HTML "potential destination").
const DESTINATIONS = new Set([
  'fetch', 'audio', 'audioworklet', 'document', 'embed', 'font', 'frame', 'iframe', 'image', 'json', 'manifest', 'object',
  'paintworklet', 'report', 'script', 'serviceworker', 'sharedworker', 'style', 'track', 'video', 'webidentity', 'worker', 'xslt',
]);

export default defineRule({
  meta: {
    id: 'headers/link-preload-without-as',
    category: 'headers',
    severity: 'warning',
    title: 'Link rel=preload without a valid as',
    ref: { label: 'HTML: preload (potential destination)', url: 'https://html.spec.whatwg.org/multipage/links.html#link-type-preload' },
    why: 'Browsers only preload a link whose `as` names a destination (style, script, font, image, fetch…): without it, or with an unknown value, the hint is ignored (Chrome logs a console warning) and the resource is fetched late, as if there were no preload.',
    fix: 'Add the destination: `Link: </app.css>; rel=preload; as=style` (fonts also need `crossorigin`); use rel=modulepreload for JavaScript modules.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const field of linkFieldsOf(exchange)) {
      for (const link of field.parsed.links) {
        if (!relationTypes(link).includes('preload')) continue;
        const as = linkParam(link, 'as');
        const value = as?.value?.toLowerCase();
        if (value !== undefined && DESTINATIONS.has(value)) continue;
        const what = as === undefined ? 'has no as parameter' : value === undefined || value === '' ? 'has an empty as' : `has as="${printable(as.value!, 30)}", which is not a destination`;
        findings.push({
          message: `preload of <${printable(link.target, 60)}> ${what}: browsers ignore the hint`,
          evidence: linkEvidence(field, as ? as.text : link.text, as ? as.offset : link.offset),
          location: linkLocation(field, as ? as.offset : link.offset),
        });
      }
    }
    return findings;
  },
});
