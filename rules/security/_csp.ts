// Content-Security-Policy as CSP Level 3 §2.2 parses it: every field line and every comma-separated part is a
// policy; directives are split on ";", named by their first word (lower-cased); a repeated directive is ignored.
import type { Exchange, RawHeader } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';
import { printable } from '../../src/engine/evidence';

export interface CspDirective {
  name: string;
  /** Source expressions / values, as written. */
  values: string[];
  /** The directive as written. */
  text: string;
}

export interface CspPolicy {
  header: RawHeader;
  /** The first occurrence of each directive, by name. */
  directives: Map<string, CspDirective>;
  /** Later occurrences, which browsers ignore. */
  duplicates: CspDirective[];
}

export function cspPolicies(exchange: Exchange, name = 'Content-Security-Policy'): CspPolicy[] {
  const res = exchange.response;
  if (!res) return [];
  const policies: CspPolicy[] = [];
  for (const header of headersNamed(res.headers, name)) {
    for (const serialized of header.value.split(',')) {
      const policy: CspPolicy = { header, directives: new Map(), duplicates: [] };
      for (const token of serialized.split(';')) {
        const text = token.trim();
        if (text === '') continue;
        const [first, ...values] = text.split(/[\t\n\f\r ]+/);
        const directive = { name: first!.toLowerCase(), values, text };
        if (policy.directives.has(directive.name)) policy.duplicates.push(directive);
        else policy.directives.set(directive.name, directive);
      }
      if (policy.directives.size > 0) policies.push(policy);
    }
  }
  return policies;
}

/** The directives that govern scripts in a policy: script-src (else default-src), and script-src-elem/-attr if set. */
export function scriptDirectives(policy: CspPolicy): CspDirective[] {
  const main = policy.directives.get('script-src') ?? policy.directives.get('default-src');
  const extra = ['script-src-elem', 'script-src-attr'].map((n) => policy.directives.get(n));
  return [main, ...extra].filter((d): d is CspDirective => d !== undefined);
}

/** The directive that governs plugins (<object>, <embed>): object-src, else default-src. */
export function objectDirective(policy: CspPolicy): CspDirective | undefined {
  return policy.directives.get('object-src') ?? policy.directives.get('default-src');
}

const keyword = (value: string) => value.toLowerCase();

export function hasKeyword(d: CspDirective, word: string): boolean {
  return d.values.some((v) => keyword(v) === word);
}

/** A nonce-source or hash-source makes browsers ignore 'unsafe-inline' (CSP3 §6.7.3.3). */
export function hasNonceOrHash(d: CspDirective): boolean {
  return d.values.some((v) => /^'(nonce-|sha256-|sha384-|sha512-)/i.test(v));
}

/** 'strict-dynamic' makes browsers ignore host and scheme sources and 'unsafe-inline' for scripts. */
export function isStrictDynamic(d: CspDirective): boolean {
  return hasKeyword(d, "'strict-dynamic'");
}

/** "script-src 'self' 'unsafe-inline' in Content-Security-Policy: … at byte 38" */
export function directiveEvidence(policy: CspPolicy, d: CspDirective): string {
  return `${printable(d.text, 200)} in ${printable(policy.header.raw, 300)} at byte ${policy.header.offset}`;
}
