import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-over-http',
    category: 'security',
    severity: 'info',
    title: 'Strict-Transport-Security sent over plain http is ignored',
    ref: { label: 'RFC 6797 §8.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-8.1' },
    why: 'A user agent MUST ignore Strict-Transport-Security received over non-secure transport (RFC 6797 §8.1), since an attacker could inject or strip it; only the https response sets the policy. Harmless behind a TLS-terminating proxy that passes it on over https.',
    fix: 'Redirect http to https and send Strict-Transport-Security on the https responses; if a TLS proxy in front of this server serves it over https, nothing to do.',
  },
  check(exchange, context) {
    const hsts = hstsOf(exchange);
    if (!hsts || exchange.target.scheme !== 'http') return [];
    if (exchange.source === 'raw' && exchange.target.host === 'unknown.invalid') {
      return context.notEvaluated('the scheme the response came over is unknown (raw input without --url)');
    }
    return [
      {
        message: 'Strict-Transport-Security received over plain http: browsers ignore it (fine if a TLS proxy in front serves it over https)',
        evidence: `${headerEvidence(hsts.header)} (received over plain http)`,
        location: headerLocation(hsts.header),
      },
    ];
  },
});
