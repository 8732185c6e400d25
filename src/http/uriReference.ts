// URI-reference syntax (RFC 3986 §4.1), checked strictly enough to say exactly what is wrong.
import { isIPv6 } from 'node:net';

export type UriCheck = { ok: true } | { ok: false; reason: string };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
// Characters allowed in each component (pct-encoded triplets are checked separately and replaced first).
const UNRESERVED_SUB = "A-Za-z0-9\\-._~!$&'()*+,;=";
const PATH = new RegExp(`^[${UNRESERVED_SUB}:@/%]*$`);
const QUERY = new RegExp(`^[${UNRESERVED_SUB}:@/?%]*$`);
const USERINFO = new RegExp(`^[${UNRESERVED_SUB}:%]*$`);
const REG_NAME = new RegExp(`^[${UNRESERVED_SUB}%]*$`);
const IPVFUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${UNRESERVED_SUB}:]+$`);
// Never allowed anywhere in a URI (RFC 3986 §2: neither reserved nor unreserved).
const NEVER = new Set(['"', '<', '>', '\\', '^', '`', '{', '|', '}']);

/**
 * Checks a URI-reference (RFC 3986 §4.1: URI / relative-ref) character by character and component by
 * component. Stricter than `new URL()`, which repairs spaces, backslashes and non-ASCII.
 */
export function checkUriReference(value: string): UriCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'not a string' };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const code = c.charCodeAt(0);
    const at = `at position ${i}`;
    if (c === ' ') return { ok: false, reason: `it contains a space ${at} (encode it as %20)` };
    if (code < 0x20 || code === 0x7f) return { ok: false, reason: `it contains control character 0x${hex(code)} ${at}` };
    if (code > 0x7e) return { ok: false, reason: `it contains the non-ASCII byte 0x${hex(code)} ${at} (percent-encode its UTF-8 bytes)` };
    if (NEVER.has(c)) return { ok: false, reason: `it contains "${c}" ${at}, which must be percent-encoded (%${hex(code).toUpperCase()})` };
    if (c === '%' && !/^%[0-9A-Fa-f]{2}/.test(value.slice(i, i + 3))) {
      return { ok: false, reason: `invalid percent-encoding "${value.slice(i, i + 3)}" ${at} (a literal % must be written %25)` };
    }
  }
  let rest = value;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    const fragment = rest.slice(hash + 1);
    if (!QUERY.test(fragment)) return { ok: false, reason: `the fragment contains "${firstBad(fragment, QUERY)}", which must be percent-encoded` };
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question >= 0) {
    const query = rest.slice(question + 1);
    if (!QUERY.test(query)) return { ok: false, reason: `the query contains "${firstBad(query, QUERY)}", which must be percent-encoded` };
    rest = rest.slice(0, question);
  }
  // rest is now scheme ":" hier-part, or a relative-part.
  let scheme: string | undefined;
  const colon = rest.indexOf(':');
  const slash = rest.indexOf('/');
  if (colon >= 0 && (slash < 0 || colon < slash)) {
    const candidate = rest.slice(0, colon);
    if (!SCHEME.test(candidate)) {
      return {
        ok: false,
        reason: candidate === ''
          ? 'it starts with ":" (an empty scheme)'
          : `"${candidate}:" is not a valid scheme, and a relative reference cannot have ":" in its first segment (write ./${candidate}:…)`,
      };
    }
    scheme = candidate.toLowerCase();
    rest = rest.slice(colon + 1);
  }
  let path = rest;
  if (rest.startsWith('//')) {
    const end = rest.indexOf('/', 2);
    const authority = end < 0 ? rest.slice(2) : rest.slice(2, end);
    path = end < 0 ? '' : rest.slice(end);
    const authorityCheck = checkAuthority(authority);
    if (!authorityCheck.ok) return authorityCheck;
    if ((scheme === 'http' || scheme === 'https') && hostOf(authority) === '') {
      return { ok: false, reason: `an ${scheme} URI must have a non-empty host (RFC 9110 §4.2)` };
    }
  } else if (scheme === 'http' || scheme === 'https') {
    return { ok: false, reason: `an ${scheme} URI must have "//" and a host after "${scheme}:" (RFC 9110 §4.2)` };
  }
  if (!PATH.test(path)) return { ok: false, reason: `the path contains "${firstBad(path, PATH)}", which must be percent-encoded` };
  return { ok: true };
}

function checkAuthority(authority: string): UriCheck {
  let hostPort = authority;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!USERINFO.test(userinfo)) return { ok: false, reason: `the userinfo contains "${firstBad(userinfo, USERINFO)}", which must be percent-encoded` };
    hostPort = authority.slice(at + 1);
  }
  let port = '';
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return { ok: false, reason: 'the IPv6 host literal has no closing "]"' };
    const literal = hostPort.slice(1, close);
    const after = hostPort.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return { ok: false, reason: `unexpected "${after}" after the IPv6 host literal` };
    port = after.slice(1);
    // RFC 6874 zone identifiers ("%25eth0") are accepted.
    const address = literal.replace(/%25[A-Za-z0-9\-._~%]+$/, '');
    if (!IPVFUTURE.test(literal) && !isIPv6(address)) return { ok: false, reason: `"[${literal}]" is not a valid IPv6 address literal` };
  } else {
    const colon = hostPort.indexOf(':');
    const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
    port = colon < 0 ? '' : hostPort.slice(colon + 1);
    if (!REG_NAME.test(host)) return { ok: false, reason: `the host contains "${firstBad(host, REG_NAME)}", which is not allowed in a host name` };
  }
  if (!/^\d*$/.test(port)) return { ok: false, reason: `the port "${port}" is not a number` };
  return { ok: true };
}

function hostOf(authority: string): string {
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[')) return hostPort.slice(0, hostPort.indexOf(']') + 1);
  const colon = hostPort.indexOf(':');
  return colon < 0 ? hostPort : hostPort.slice(0, colon);
}

function firstBad(text: string, allowed: RegExp): string {
  return [...text].find((c) => !allowed.test(c)) ?? '';
}

function hex(code: number): string {
  return code.toString(16).padStart(2, '0');
}
