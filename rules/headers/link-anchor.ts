import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { linkParam } from '../../src/http/link';
import { RFC8288, linkEvidence, linkFieldsOf, linkLocation } from './_link';

export default defineRule({
  meta: {
    id: 'headers/link-anchor',
    category: 'headers',
    severity: 'info',
    title: 'Link anchor changes the link\'s context',
    ref: { label: 'RFC 8288 §3.2', url: `${RFC8288}#section-3.2` },
    why: 'An anchor parameter makes the link about another resource than the response, and many clients ignore anchor (or, like browsers for preload, ignore such links entirely): a consumer that does not handle it applies the relation to the wrong resource.',
    fix: 'Send the link on the resource it is about instead, or make sure every consumer of this header handles anchor; drop `anchor` when it names the response itself.',
  },
  check(exchange, context) {
    const findings: RuleFinding[] = [];
    let base: URL | undefined;
    try {
      base = new URL(exchange.url);
    } catch {
      base = undefined;
    }
    for (const field of linkFieldsOf(exchange)) {
      for (const link of field.parsed.links) {
        const anchor = linkParam(link, 'anchor');
        if (!anchor || anchor.value === undefined) continue;
        if (!base || base.hostname === 'invalid' || base.hostname.endsWith('.invalid')) {
          return context.notEvaluated('the URL of the response is unknown (a saved response without its URL or request): give it to judge what the anchor names');
        }
        if (sameResource(anchor.value, base)) continue;
        findings.push({
          message: `Link to <${printable(link.target, 60)}> has anchor="${printable(anchor.value, 60)}": its context is another resource than this response`,
          evidence: linkEvidence(field, anchor.text, anchor.offset),
          location: linkLocation(field, anchor.offset),
        });
      }
    }
    return findings;
  },
});

function sameResource(anchor: string, base: URL): boolean {
  try {
    return new URL(anchor, base).href === base.href;
  } catch {
    return false;
  }
}
