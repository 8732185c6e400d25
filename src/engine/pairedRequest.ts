// What rules about the request/response pair may rely on. A raw response read without its saved request
// (`--raw` without `--raw-request`, or a later hop of a `curl -L` file) has a made-up request: GET with no
// headers. Rules that judge the response by the request's headers must not read that as "the request had none".
import type { Exchange, RawHeader } from '../exchange';
import { headersNamed } from '../exchange';

/** Why the request's headers are unknown for this exchange, or undefined when they are the real ones. */
export function requestHeadersUnknown(exchange: Exchange): string | undefined {
  if (exchange.source === 'raw' && exchange.sent.length === 0) {
    return 'the request is not known (a raw response without its saved request: pass --raw-request)';
  }
  return undefined;
}

/** The request's header lines with that name that carry a non-empty value. */
export function requestFields(exchange: Exchange, name: string): RawHeader[] {
  return headersNamed(exchange.request.headers, name).filter((h) => h.value.trim() !== '');
}

/** True when the request carried content (or announced it with Content-Length > 0 / Transfer-Encoding). */
export function requestHasContent(exchange: Exchange): boolean {
  if (exchange.request.bodySize > 0) return true;
  if (requestFields(exchange, 'transfer-encoding').length > 0) return true;
  return requestFields(exchange, 'content-length').some((h) => !/^0+$/.test(h.value.trim()));
}

/** 'request "GET /x HTTP/1.1" carried no Range, If-Range header' style evidence of what the request lacked. */
export function requestLineText(exchange: Exchange): string {
  const r = exchange.request;
  return `request "${r.method} ${r.target.slice(0, 100)} HTTP/${r.httpVersion}"`;
}
