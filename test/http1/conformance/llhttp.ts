// Node's own HTTP/1 parser (llhttp, strict as Node's http client uses it), driven directly through the
// HTTPParser class that node:_http_common exports on Node 20 and later. To learn where llhttp thinks a
// response ends, a sentinel response (status 299) follows the bytes: llhttp agrees with an end offset only
// if the very next message it reads is that sentinel. Close-delimited bodies end at EOF (finish()).
import { createRequire } from 'node:module';

interface HttpParser {
  initialize(type: number, resource: object, maxHeaderSize: number, lenient: number): void;
  execute(data: Buffer): number | Error;
  finish(): undefined | Error;
  close(): void;
  [key: number]: unknown;
}
interface HttpParserClass {
  new (): HttpParser;
  RESPONSE: number;
  kOnHeaders: number;
  kOnHeadersComplete: number;
  kOnBody: number;
  kOnMessageComplete: number;
}

const { HTTPParser } = createRequire(import.meta.url)('_http_common') as { HTTPParser: HttpParserClass };

export const SENTINEL = 'HTTP/1.1 299 Sentinel\r\nContent-Length: 0\r\n\r\n';

export interface LlhttpMessage {
  version: string;
  status: number;
  reason: string;
  headers: Array<[string, string]>;
  body: string;
  trailers: Array<[string, string]>;
  complete: boolean;
}

export interface LlhttpReading {
  /** The parse error llhttp stopped with, if any ("HPE_INVALID_CHUNK_SIZE: …"). */
  error?: string;
  messages: LlhttpMessage[];
}

function pairs(flat: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

/** Parses `bytes` (then the sentinel, unless the body is close-delimited) as Node's http client would. */
export function readWithLlhttp(bytes: Buffer, method: string, closeDelimited: boolean): LlhttpReading {
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.RESPONSE, {}, 1 << 20, 0);
  const messages: LlhttpMessage[] = [];
  let pending: string[] = [];
  let current: LlhttpMessage | undefined;
  parser[HTTPParser.kOnHeaders] = (headers: string[]) => {
    // Before headers complete: a flush of a long header list; after: the trailers.
    if (current && !current.complete) current.trailers.push(...pairs(headers));
    else pending.push(...headers);
  };
  parser[HTTPParser.kOnHeadersComplete] = (major: number, minor: number, headers: string[] | undefined, _m: unknown, _u: unknown, status: number, reason: string | undefined) => {
    current = { version: `${major}.${minor}`, status, reason: reason ?? '', headers: pairs([...pending, ...(headers ?? [])]), body: '', trailers: [], complete: false };
    pending = [];
    messages.push(current);
    // Like Node's client: a response to HEAD has no body (1 = skip it); 1xx, 204 and 304 llhttp knows itself.
    return method === 'HEAD' && status >= 200 ? 1 : 0;
  };
  parser[HTTPParser.kOnBody] = (chunk: Buffer, start?: number, length?: number) => {
    const piece = start === undefined ? chunk : chunk.subarray(start, start + (length ?? 0));
    if (current) current.body += piece.toString('latin1');
  };
  parser[HTTPParser.kOnMessageComplete] = () => {
    if (current) current.complete = true;
  };
  const input = closeDelimited ? bytes : Buffer.concat([bytes, Buffer.from(SENTINEL, 'latin1')]);
  let error: string | undefined;
  const result = parser.execute(input);
  if (result instanceof Error) error = describe(result);
  else if (closeDelimited) {
    const end = parser.finish();
    if (end instanceof Error) error = describe(end);
  }
  parser.close();
  return { ...(error ? { error } : {}), messages };
}

function describe(err: Error): string {
  const code = (err as Error & { code?: string }).code ?? 'error';
  const reason = (err as Error & { reason?: string }).reason ?? err.message;
  return `${code}: ${reason}`;
}
