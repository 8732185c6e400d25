// What an HTTP/2 session recorded, as the response side of an Exchange. Pure.
import type { Anomaly, RawHeader, ResponseMessage } from '../exchange';
import type { H2Field, H2HeaderBlock } from './types';
import type { H2ClientSession } from './session';

export interface H2Response {
  interim: ResponseMessage[];
  response?: ResponseMessage;
  anomalies: Anomaly[];
}

function rawHeader(f: H2Field): RawHeader {
  return { name: f.name, value: f.value.trim(), raw: `${f.name}: ${f.value}`, offset: f.offset };
}

const isPseudo = (f: H2Field) => f.name.startsWith(':');

/** A valid Content-Length (one value, or identical values) declares how much DATA the response carries. */
function declaredLength(headers: RawHeader[]): number | undefined {
  const values = headers.filter((h) => h.name.toLowerCase() === 'content-length').flatMap((h) => h.value.split(',').map((v) => v.trim()));
  if (values.length === 0 || !values.every((v) => /^\d+$/.test(v))) return undefined;
  const n = Number(values[0]);
  return values.every((v) => Number(v) === n) && Number.isSafeInteger(n) ? n : undefined;
}

export function messageOf(
  block: H2HeaderBlock,
  session: Pick<H2ClientSession, 'content' | 'contentLength' | 'complete' | 'info'> | undefined,
  trailers?: H2HeaderBlock,
  method = 'GET',
): ResponseMessage {
  const status = block.fields.find((f) => f.name === ':status')?.value;
  // As on HTTP/1.1, a response to HEAD, a 1xx, 204 or 304 has no content: DATA on it is judged by the
  // body-on-* rules from the frames (Exchange.h2.data), not read as content by the content rules.
  const bodiless = method.toUpperCase() === 'HEAD' || status === '204' || status === '304' || /^1\d\d$/.test(status ?? '');
  const headers = block.fields.filter((f) => !isPseudo(f)).map(rawHeader);
  const length = declaredLength(headers);
  const data = session?.info.data.filter((d) => !d.afterEnd && d.offset > block.offset) ?? [];
  const bodyStart = data[0]?.offset ?? block.end;
  const lastData = data[data.length - 1];
  const bodyEnd = lastData ? lastData.contentOffset + lastData.length : block.end;
  return {
    httpVersion: '2',
    status: status !== undefined && /^\d{3}$/.test(status) ? Number(status) : 0,
    reason: '',
    statusLine: status === undefined ? '' : `:status: ${status}`,
    offset: block.offset,
    headers,
    pseudoHeaders: block.fields.filter(isPseudo).map(rawHeader),
    headerEnd: block.end,
    framing: {
      kind: 'end-stream',
      ...(length !== undefined ? { length } : {}),
      reason: 'HTTP/2: DATA frames until END_STREAM',
    },
    body: session ? { offset: bodyStart, length: Math.max(0, bodyEnd - bodyStart) } : { offset: block.end, length: 0 },
    content: session && !bodiless ? session.content.slice() : [],
    contentLength: session && !bodiless ? session.contentLength : 0,
    chunks: [],
    trailers: trailers ? trailers.fields.filter((f) => !isPseudo(f)).map(rawHeader) : [],
    complete: session ? session.complete : true,
  };
}

/** Interim responses, the final response (absent when its :status is missing or invalid) and anomalies. */
export function responseOfSession(session: H2ClientSession, method: string): H2Response {
  const blocks = session.info.blocks.filter((b) => b.streamId === 1 && !b.afterEnd);
  const interim = blocks.filter((b) => b.kind === 'interim').map((b) => messageOf(b, undefined));
  const final = blocks.find((b) => b.kind === 'response');
  const trailers = blocks.find((b) => b.kind === 'trailers');
  const anomalies: Anomaly[] = [];
  if (session.headerLimitAt !== undefined) {
    anomalies.push({ id: 'header-section-too-large', offset: session.headerLimitAt, detail: session.stopped?.reason ?? 'the header block is too large (--max-header-size)' });
  }
  let response: ResponseMessage | undefined;
  if (final) {
    const message = messageOf(final, session, trailers, method);
    if (message.status !== 0) response = message;
  }
  return { interim, response, anomalies };
}
