// --record: one JSON line per exchange, bytes included (base64), so `--replay` can judge it again without loss.
// Secret header values are masked in place with as many `*` as they had characters, so every byte offset stays
// the same (unless --show-secrets). Pure: the CLI writes the lines.
import type { Exchange, H2Info, RawHeader, RequestMessage } from '../exchange';
import { CAPTURE_ANOMALIES, RECORD_VERSION, type RecordLine } from '../input/record';
import { isSecretHeader, maskUrl, maskerFor } from './secrets';

const star = (text: string) => text.replace(/[^\s]/g, '*');

/** The value with its secret parts replaced by `*`, character for character (same length). */
export function maskValueInPlace(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const m = /^(\s*\S+\s+)([\s\S]*)$/.exec(value);
    return m ? m[1]! + star(m[2]!) : star(value);
  }
  if (lower === 'cookie') return value.replace(/=([^;]*)/g, (_, v: string) => `=${star(v)}`);
  if (lower === 'set-cookie') return value.replace(/^([^=;]*=)([^;]*)/, (_, n: string, v: string) => n + star(v));
  return value;
}

function maskRaw(header: RawHeader): string {
  const colon = header.raw.indexOf(':');
  return colon < 0 ? header.raw : header.raw.slice(0, colon + 1) + maskValueInPlace(header.name, header.raw.slice(colon + 1));
}

/** A copy of `bytes` with the secret header lines (at their offsets) masked in place. */
function maskBytes(bytes: Buffer, headers: readonly RawHeader[]): Buffer {
  const secret = headers.filter((h) => isSecretHeader(h.name));
  if (secret.length === 0) return bytes;
  const copy = Buffer.from(bytes);
  for (const h of secret) {
    const masked = Buffer.from(maskRaw(h), 'latin1');
    if (h.offset + masked.length <= copy.length && copy.toString('latin1', h.offset, h.offset + masked.length) === h.raw) masked.copy(copy, h.offset);
  }
  return copy;
}

function maskHeaders(headers: readonly RawHeader[]): RawHeader[] {
  return headers.map((h) => (isSecretHeader(h.name) ? { ...h, value: maskValueInPlace(h.name, h.value), raw: maskRaw(h) } : h));
}

function receivedHeaders(exchange: Exchange): RawHeader[] {
  const messages = [...exchange.interim, ...(exchange.response ? [exchange.response] : [])];
  return messages.flatMap((m) => [...m.headers, ...m.trailers]);
}

/** `input`: the --input or config file (and line) that listed the target, so a replay points at it too. */
/** HTTP/2 field values as decoded (HPACK): secret ones masked character for character. */
function maskH2(h2: H2Info): H2Info {
  return { ...h2, blocks: h2.blocks.map((b) => ({ ...b, fields: b.fields.map((f) => (isSecretHeader(f.name) ? { ...f, value: maskValueInPlace(f.name, f.value) } : f)) })) };
}

/** HPACK may carry a secret Huffman-coded: such bytes cannot be masked in place, so they are not recorded. */
function h2CarriesSecrets(exchange: Exchange): boolean {
  return (exchange.h2?.blocks ?? []).some((b) => b.fields.some((f) => isSecretHeader(f.name))) || exchange.request.headers.some((h) => isSecretHeader(h.name));
}

export function recordLine(exchange: Exchange, inspection: number, maxHeaderBytes: number, showSecrets: boolean, input?: { file: string; line?: number }): string {
  const request: RequestMessage = showSecrets ? exchange.request : { ...exchange.request, headers: maskHeaders(exchange.request.headers) };
  // Bytes beyond --max-body were counted, not kept; input other than the network was not parsed from bytes of
  // ours: then the parse itself is recorded, since parsing the kept bytes again would not give it back.
  // Only HTTP/1.x bytes are parsed again (the h1 framer); anything else (HTTP/2 frames) carries its parse.
  const reparse = (exchange.source ?? 'network') === 'network' && exchange.receivedTotal === exchange.received.length && exchange.h2 === undefined && exchange.request.httpVersion.startsWith('1');
  const mask = maskerFor(exchange, showSecrets);
  const h2 = exchange.h2 !== undefined;
  // HTTP/2 frames with a secret in them are left out (the parse and frame record stand in; wire rules then
  // cannot judge them on replay): --show-secrets records them.
  const omitBytes = h2 && !showSecrets && h2CarriesSecrets(exchange);
  const line: RecordLine = {
    httpinspectRecord: RECORD_VERSION,
    inspection,
    ...(input ? { input: { file: input.file, ...(input.line !== undefined ? { line: input.line } : {}) } } : {}),
    url: showSecrets ? exchange.url : maskUrl(exchange.url),
    ...(exchange.source ? { source: exchange.source } : {}),
    ...(exchange.unavailable ? { unavailable: exchange.unavailable } : {}),
    ...(exchange.startedAt !== undefined ? { startedAt: exchange.startedAt } : {}),
    target: exchange.target,
    request,
    sent: omitBytes ? '' : (showSecrets || h2 ? exchange.sent : maskBytes(exchange.sent, exchange.request.headers)).toString('base64'),
    received: omitBytes ? '' : (showSecrets || h2 ? exchange.received : maskBytes(exchange.received, receivedHeaders(exchange))).toString('base64'),
    receivedTotal: exchange.receivedTotal,
    maxHeaderBytes,
    timings: exchange.timings,
    ...(exchange.tls ? { tls: exchange.tls } : {}),
    ...(exchange.error ? { error: { code: exchange.error.code, message: mask(exchange.error.message) } } : {}),
    ...(exchange.cors ? { cors: exchange.cors } : {}),
    captureAnomalies: exchange.anomalies.filter((a) => CAPTURE_ANOMALIES.has(a.id)),
    ...(exchange.protocol ? { protocol: exchange.protocol } : {}),
    ...(exchange.protocolRequested ? { protocolRequested: exchange.protocolRequested } : {}),
    ...(exchange.h2 ? { h2: showSecrets ? exchange.h2 : maskH2(exchange.h2) } : {}),
    ...(exchange.comparedTo !== undefined ? { comparedTo: exchange.comparedTo } : {}),
    ...(omitBytes ? { unavailable: [...new Set([...(exchange.unavailable ?? []), 'wire' as const])] } : {}),
  };
  if (!reparse) {
    const maskMessage = <M extends { headers: RawHeader[]; trailers: RawHeader[] }>(m: M): M => (showSecrets ? m : { ...m, headers: maskHeaders(m.headers), trailers: maskHeaders(m.trailers) });
    // (HTTP/2 pseudo-header fields carry no secrets.)
    line.parsed = {
      interim: exchange.interim.map(maskMessage),
      ...(exchange.response ? { response: maskMessage(exchange.response) } : {}),
      ...(exchange.extra ? { extra: exchange.extra } : {}),
      anomalies: exchange.anomalies.filter((a) => !CAPTURE_ANOMALIES.has(a.id)).map((a) => (a.evidence === undefined ? a : { ...a, evidence: mask(a.evidence) })),
    };
  }
  return `${JSON.stringify(line)}\n`;
}
