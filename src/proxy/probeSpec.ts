// The request a proxied GET or HEAD was, as a spec the probes can vary (--probe in the proxy): the client's
// method, URL and header fields, less those the capture engine writes itself. Unsafe methods get no probes.
import type { Exchange } from '../exchange';
import type { RequestSpec } from '../http1/request';

// Written by the serializer (Host, and Connection for the end of the response) or tied to a body.
const OWN_FIELDS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'proxy-connection']);

/** The spec of a proxied request that probes may follow, or undefined (not GET/HEAD, or no response). */
export function probeSpecOf(exchange: Exchange): RequestSpec | undefined {
  const method = exchange.request.method;
  if ((method !== 'GET' && method !== 'HEAD') || !exchange.response) return undefined;
  const headers = exchange.request.headers.filter((h) => !OWN_FIELDS.has(h.name.toLowerCase())).map((h): [string, string] => [h.name, h.value]);
  return { url: new URL(exchange.url), method, headers };
}
