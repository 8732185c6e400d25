// Shared wording and references for the cors/* rules.
import type { Exchange, ResponseMessage } from '../exchange';
import { headerEvidence } from '../engine/evidence';
import type { Location } from '../engine/rule';
import { headerNamed } from '../exchange';

const FETCH = 'https://fetch.spec.whatwg.org/';

export const FETCH_REFS = {
  corsCheck: { label: 'Fetch §4.9 CORS check', url: `${FETCH}#cors-check` },
  preflight: { label: 'Fetch §4.8 CORS-preflight fetch', url: `${FETCH}#cors-preflight-fetch` },
  responses: { label: 'Fetch §3.2.3 HTTP responses', url: `${FETCH}#http-responses` },
  syntax: { label: 'Fetch §3.2.4 HTTP new-header syntax', url: `${FETCH}#http-new-header-syntax` },
  caches: { label: 'Fetch §3.2.5 CORS protocol and HTTP caches', url: `${FETCH}#cors-protocol-and-http-caches` },
  credentials: { label: 'Fetch §3.2.5 CORS protocol and credentials', url: `${FETCH}#cors-protocol-and-credentials` },
} as const;

/** "no Access-Control-Allow-Origin in the response (HTTP/1.1 204 No Content at byte 0)" */
export function missingEvidence(res: ResponseMessage, name: string): string {
  return `no ${name} in the response (${res.statusLine} at byte ${res.offset})`;
}

export function statusLocation(res: ResponseMessage): Location {
  return { part: 'status-line', offset: res.offset };
}

/** "request Origin: https://app.example at byte 52 (sent)" */
export function requestHeaderEvidence(exchange: Exchange, name: string): string {
  const h = headerNamed(exchange.request?.headers ?? [], name);
  return h ? `request ${h.raw} at byte ${h.offset} (sent)` : `no ${name} in the request`;
}

export { headerEvidence };
