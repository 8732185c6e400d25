import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';
import { lastAttribute } from '../../src/http/setCookie';
import { HOST_UNKNOWN, SPEC, cookieLabel, finding, hostUnknown, isSecureRequest, requestHost, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

// Chromium and Firefox treat http://localhost and loopback addresses as secure for cookies, so the rule judges
// the host the request named (its Host header), not the address it was sent to.
export default defineRule({
  meta: {
    id: 'cookies/secure-over-http',
    category: 'cookies',
    severity: 'warning',
    title: 'Secure cookie set over plain http',
    ref: { label: 'RFC 6265bis §5.7 (step 13)', url: `${SPEC}#section-5.7` },
    why: 'Browsers ignore a Secure cookie received over an insecure connection: a site reachable over http that sets its session cookie there silently has no session until the user reaches https.',
    fix: 'Redirect http to https before setting cookies (and send HSTS); set Secure cookies only on https responses.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    if (isSecureRequest(exchange)) return [];
    const res = exchange.response;
    const location = res ? headerNamed(res.headers, 'location')?.value : undefined;
    const toHttps = res !== undefined && res.status >= 300 && res.status < 400 && location !== undefined && /^https:/i.test(location);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const secure = lastAttribute(field.cookie, 'secure');
      if (!secure) continue;
      if (hostUnknown(exchange)) return context.notEvaluated(HOST_UNKNOWN);
      findings.push(
        toHttps
          ? finding(field, `${cookieLabel(field.cookie)} is Secure but set on an http redirect to https: browsers ignore it here (harmless if the https response sets it again)`, secure, 'info')
          : finding(field, `${cookieLabel(field.cookie)} is Secure but was set over http by ${requestHost(exchange)}: browsers ignore the whole cookie`, secure),
      );
    }
    return findings;
  },
});
