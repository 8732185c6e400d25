// The request as HTTP/2 sends it (RFC 9113 §8.3): pseudo-header fields first, names lowercased,
// connection-specific fields dropped (§8.2.2), Host carried as :authority.
import type { RawHeader, RequestMessage } from '../exchange';
import { hostHeaderOf, targetOf, type RequestSpec } from '../http1/request';
import { encodeBlock, type EncodeField } from './hpackEncoder';

/** Fields HTTP/2 forbids (§8.2.2); TE is allowed only as "trailers". */
export const CONNECTION_SPECIFIC = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];

export interface H2Request {
  block: Buffer;
  /** The fields in order, with their offsets in the header block. */
  message: RequestMessage;
  /** Names of the fields not sent, as the user gave them. */
  dropped: string[];
}

export function h2RequestOf(spec: RequestSpec, version: string): H2Request {
  const userNames = new Set(spec.headers.map(([n]) => n.toLowerCase()));
  const host = spec.headers.find(([n, v]) => n.toLowerCase() === 'host' && v !== '')?.[1] ?? hostHeaderOf(spec.url);
  const target = targetOf(spec.url);
  const fields: Array<[string, string]> = [
    [':method', spec.method],
    [':scheme', spec.url.protocol === 'https:' ? 'https' : 'http'],
    [':authority', host],
    [':path', target],
  ];
  if (!userNames.has('user-agent')) fields.push(['user-agent', `httpinspect/${version}`]);
  if (!userNames.has('accept')) fields.push(['accept', '*/*']);
  const dropped: string[] = [];
  for (const [name, value] of spec.headers) {
    const lower = name.toLowerCase();
    if (value === '' || lower === 'host') continue;
    if (CONNECTION_SPECIFIC.includes(lower) || (lower === 'te' && value.trim().toLowerCase() !== 'trailers')) {
      dropped.push(name);
      continue;
    }
    fields.push([lower, value]);
  }
  if (spec.body && !userNames.has('content-length')) fields.push(['content-length', String(spec.body.length)]);
  const encoded: EncodeField[] = fields.map(([name, value]) => ({ name, value }));
  const headers: RawHeader[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const field of encoded) {
    const bytes = encodeBlock([field]);
    headers.push({ name: field.name, value: field.value, raw: `${field.name}: ${field.value}`, offset });
    parts.push(bytes);
    offset += bytes.length;
  }
  return {
    block: Buffer.concat(parts),
    message: { method: spec.method, target, httpVersion: '2', headers, bodySize: spec.body?.length ?? 0 },
    dropped,
  };
}
