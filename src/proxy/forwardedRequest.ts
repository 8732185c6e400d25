// What the proxy sends upstream for a client's request: the request line (in origin-form) and every header line
// byte for byte as received, minus the hop-by-hop fields meant for this connection (RFC 9110 §7.6.1), plus
// `Connection: close` so that the end of the response is known; then the body as received.
import type { RequestMessage } from '../exchange';
import { headerNamed } from '../exchange';
import { parseFieldLines } from '../http1/head';
import type { SerializedRequest } from '../http1/request';
import type { ClientRequest } from './clientRequest';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'upgrade']);

export type Forwarding = { kind: 'forward'; url: URL; request: SerializedRequest } | { kind: 'refuse'; status: number; reason: string };

/**
 * Reverse mode (`upstream` given): the target is resolved against the upstream. Forward mode: the target must
 * be absolute-form (`GET http://host/path HTTP/1.1`, as HTTP_PROXY clients send it).
 */
export function forwardingOf(client: ClientRequest, upstream: URL | undefined): Forwarding {
  let url: URL;
  const absolute = /^https?:\/\//i.test(client.target);
  try {
    if (upstream) {
      const path = absolute ? pathOf(new URL(client.target)) : client.target;
      if (!path.startsWith('/') && path !== '*') return { kind: 'refuse', status: 400, reason: `the request target "${client.target}" is not a path` };
      url = new URL(`${upstream.pathname.replace(/\/$/, '')}${path}`, upstream.origin);
    } else {
      if (!absolute) {
        return { kind: 'refuse', status: 400, reason: `this is a forward proxy: send absolute-form requests such as "GET http://host/path", not "${client.target}" (or start it with --upstream)` };
      }
      url = new URL(client.target);
    }
  } catch {
    return { kind: 'refuse', status: 400, reason: `the request target "${client.target}" is not a valid URL` };
  }
  return { kind: 'forward', url, request: forwardedBytes(client, pathOf(url)) };
}

function pathOf(url: URL): string {
  return `${url.pathname || '/'}${url.search}`;
}

function forwardedBytes(client: ClientRequest, target: string): SerializedRequest {
  const listed = (headerNamed(client.headers, 'connection')?.value ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const drop = (name: string) => HOP_BY_HOP.has(name.toLowerCase()) || listed.includes(name.toLowerCase());
  const lines: Buffer[] = [Buffer.from(`${client.method} ${target} HTTP/${client.httpVersion}\r\n`, 'latin1')];
  // Each header line goes as received (its own case, spacing and line ending): only whole lines are removed.
  const offsets = client.headers.map((h) => h.offset);
  client.headers.forEach((h, i) => {
    const end = i + 1 < offsets.length ? offsets[i + 1]! : headBlankLine(client);
    // Lines that are not fields (no colon…) travel with the field before them: nothing received is lost.
    if (!drop(h.name)) lines.push(client.bytes.subarray(i === 0 ? client.fieldsStart : h.offset, end));
  });
  lines.push(Buffer.from('Connection: close\r\n\r\n', 'latin1'), client.bytes.subarray(client.headEnd));
  const bytes = Buffer.concat(lines);
  return { bytes, message: messageOf(bytes, client, target) };
}

/** Where the blank line that ends the head starts. */
function headBlankLine(client: ClientRequest): number {
  return client.bytes[client.headEnd - 2] === 0x0d ? client.headEnd - 2 : client.headEnd - 1;
}

function messageOf(bytes: Buffer, client: ClientRequest, target: string): RequestMessage {
  const lineEnd = bytes.indexOf(0x0a) + 1;
  const fields = parseFieldLines(bytes, lineEnd, bytes.length);
  const headers = fields.kind === 'fields' ? fields.headers : [];
  const headEnd = fields.kind === 'fields' ? fields.end : bytes.length;
  return { method: client.method, target, httpVersion: client.httpVersion, headers, bodySize: bytes.length - headEnd };
}
