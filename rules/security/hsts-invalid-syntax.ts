import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-invalid-syntax',
    category: 'security',
    severity: 'error',
    title: 'Strict-Transport-Security does not match its grammar',
    ref: { label: 'RFC 6797 §6.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1' },
    why: 'User agents MUST ignore a Strict-Transport-Security field that does not conform to the grammar (RFC 6797 §6.1 item 4): the whole policy is dropped, so browsers keep connecting over plain http and stay open to SSL-stripping.',
    fix: 'Write directives as `name` or `name=value` separated by ";", e.g. `Strict-Transport-Security: max-age=31536000; includeSubDomains`.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts?.syntaxError) return [];
    return [
      {
        message: `Strict-Transport-Security is ignored by browsers: ${hsts.syntaxError}`,
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
      },
    ];
  },
});
