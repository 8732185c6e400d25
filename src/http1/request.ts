// Serializes the request exactly as specified: the user's header names, case and order, plus curl-like
// defaults the user did not override.
import type { RawHeader, RequestMessage } from '../exchange';

export interface RequestSpec {
  url: URL;
  method: string;
  /** Headers in the user's order and case. An empty value removes a default header (as `curl -H 'Accept:'`). */
  headers: Array<[string, string]>;
  body?: Buffer;
}

export interface SerializedRequest {
  bytes: Buffer;
  message: RequestMessage;
}

export function hostHeaderOf(url: URL): string {
  // URL.host already omits the scheme's default port and brackets IPv6 literals.
  return url.host;
}

export function targetOf(url: URL): string {
  return `${url.pathname || '/'}${url.search}`;
}

export function serializeRequest(spec: RequestSpec, version: string): SerializedRequest {
  const userNames = new Set(spec.headers.map(([n]) => n.toLowerCase()));
  const defaults: Array<[string, string]> = [
    ['Host', hostHeaderOf(spec.url)],
    ['User-Agent', `httpinspect/${version}`],
    ['Accept', '*/*'],
  ];
  const lines: Array<[string, string]> = defaults.filter(([n]) => !userNames.has(n.toLowerCase()));
  for (const [name, value] of spec.headers) if (value !== '') lines.push([name, value]);
  if (spec.body && !userNames.has('content-length') && !userNames.has('transfer-encoding')) {
    lines.push(['Content-Length', String(spec.body.length)]);
  }
  if (!userNames.has('connection')) lines.push(['Connection', 'close']);

  const target = targetOf(spec.url);
  const requestLine = `${spec.method} ${target} HTTP/1.1\r\n`;
  let offset = Buffer.byteLength(requestLine, 'latin1');
  const headers: RawHeader[] = [];
  let head = requestLine;
  for (const [name, value] of lines) {
    const raw = `${name}: ${value}`;
    headers.push({ name, value, raw, offset });
    head += `${raw}\r\n`;
    offset += Buffer.byteLength(raw, 'latin1') + 2;
  }
  head += '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  const bytes = spec.body ? Buffer.concat([headBytes, spec.body]) : headBytes;
  return {
    bytes,
    message: { method: spec.method, target, httpVersion: '1.1', headers, bodySize: spec.body?.length ?? 0 },
  };
}
