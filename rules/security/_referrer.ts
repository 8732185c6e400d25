// Referrer-Policy as browsers parse it (Referrer Policy §8.1): the combined field split on commas; unknown tokens
// are skipped and the last known token wins, so a list is a fallback chain.
import type { Exchange, RawHeader } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';

export const POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'same-origin',
  'origin',
  'strict-origin',
  'origin-when-cross-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
];

export interface ReferrerPolicy {
  lines: RawHeader[];
  tokens: string[];
  /** The policy browsers apply (lower-cased), or undefined when no token is known. */
  effective?: string;
  /** The line holding the effective token. */
  effectiveLine?: RawHeader;
}

export function referrerPolicyOf(exchange: Exchange): ReferrerPolicy | undefined {
  const res = exchange.response;
  if (!res) return undefined;
  const lines = headersNamed(res.headers, 'Referrer-Policy');
  if (lines.length === 0) return undefined;
  const policy: ReferrerPolicy = { lines, tokens: [] };
  for (const line of lines) {
    for (const part of line.value.split(',')) {
      const token = part.trim();
      if (token === '') continue;
      policy.tokens.push(token);
      if (POLICIES.includes(token.toLowerCase())) {
        policy.effective = token.toLowerCase();
        policy.effectiveLine = line;
      }
    }
  }
  return policy;
}
