import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { cookieDomain, domainMatches } from '../../src/http/setCookie';
import { HOST_UNKNOWN, SPEC, cookieLabel, finding, hostUnknown, requestHost, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/domain-mismatch',
    category: 'cookies',
    severity: 'error',
    title: "Cookie Domain does not cover the request's host",
    ref: { label: 'RFC 6265bis §5.7 (step 10)', url: `${SPEC}#section-5.7` },
    why: 'A browser rejects a cookie whose Domain the request host does not domain-match (a different site, a sibling subdomain, or any Domain on an IP address other than that address): the cookie is never stored, typically because a production domain is hard-coded in a service reached under another name.',
    fix: 'Omit Domain (a host-only cookie) or derive it from the host actually serving the response: `Domain=example.com` covers example.com and its subdomains.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    const host = requestHost(exchange);
    for (const field of setCookiesOf(exchange)) {
      const domains = field.cookie.attributes.filter((a) => a.name.toLowerCase() === 'domain' && a.value.length <= 1024);
      const attribute = domains[domains.length - 1];
      if (!attribute) continue;
      const domain = cookieDomain(attribute.value);
      if (domain === '' || /[^\x00-\x7f]/.test(domain)) continue;
      if (hostUnknown(exchange)) return context.notEvaluated(HOST_UNKNOWN);
      if (domainMatches(host, domain)) continue;
      findings.push(finding(field, `${cookieLabel(field.cookie)} has Domain=${domain} but was set by ${host}, which it does not cover: browsers reject the whole cookie`, attribute));
    }
    return findings;
  },
});
