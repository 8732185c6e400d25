// Mutation classes: each turns a valid generated response into an invalid or ambiguous one and says where the
// offending bytes are. A correct parser must report every one with a warning or an error naming those bytes.
import { generate, offsetOf, rngOf, type Generated, type GenerateOptions, type Rng, type Segment, type SegmentTag } from './generate';

export interface Mutant {
  name: string;
  method: string;
  requestHeaders: Array<[string, string]>;
  segments: Segment[];
  /** The offending bytes lie in [from, to] (absolute offsets); a finding must point inside. */
  from: number;
  to: number;
}

interface MutationClass {
  name: string;
  needs: GenerateOptions;
  apply(g: Generated, r: Rng): Omit<Mutant, 'name'> | undefined;
}

type Edit = (text: string, r: Rng) => string;

/** Replaces the text of the first (or a random) segment with `tag` (and `name`, for header lines). */
function editSegment(tag: SegmentTag, edit: Edit, options: { name?: string; last?: boolean; toEnd?: boolean; where?: (s: Segment) => boolean } = {}) {
  return (g: Generated, r: Rng): Omit<Mutant, 'name'> | undefined => {
    const candidates = g.segments.map((s, i) => [s, i] as const).filter(([s]) => s.tag === tag && (options.name === undefined || s.name?.toLowerCase() === options.name) && (options.where?.(s) ?? true));
    if (candidates.length === 0) return undefined;
    const [segment, i] = options.last ? candidates[candidates.length - 1]! : r.pick(candidates);
    const segments = g.segments.slice();
    const text = edit(segment.text, r);
    segments[i] = { ...segment, text };
    const from = offsetOf(segments, i);
    const to = options.toEnd ? offsetOf(segments, segments.length) : from + Buffer.byteLength(text, 'latin1');
    return { method: g.method, requestHeaders: g.requestHeaders, segments, from, to };
  };
}

/** Inserts a segment before the first segment with `tag`. */
function insertBefore(tag: SegmentTag, segment: Segment) {
  return (g: Generated): Omit<Mutant, 'name'> | undefined => {
    const i = g.segments.findIndex((s) => s.tag === tag);
    if (i < 0) return undefined;
    const segments = [...g.segments.slice(0, i), segment, ...g.segments.slice(i)];
    const from = offsetOf(segments, i);
    return { method: g.method, requestHeaders: g.requestHeaders, segments, from, to: from + segment.text.length };
  };
}

/** Appends bytes after the response. */
function append(text: string, method?: string) {
  return (g: Generated): Omit<Mutant, 'name'> => {
    const segments = [...g.segments, { tag: 'body' as const, text }];
    const from = offsetOf(segments, segments.length - 1);
    return { method: method ?? g.method, requestHeaders: g.requestHeaders, segments, from, to: from + text.length };
  };
}

const sizeLine = (line: string): Edit => (text) => text.replace(/^[0-9A-Fa-f]+/, (size) => line.replace('$', size.replace(/^0+(?=.)/, '')));
const CHUNKED: GenerateOptions = { framing: 'chunked' };
const LENGTH: GenerateOptions = { framing: 'content-length' };
const PLAIN: GenerateOptions = { plain: true };

export const MUTATIONS: MutationClass[] = [
  // status line
  { name: 'version major 5', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/5.7')) },
  { name: 'version 2.0 in HTTP/1 syntax', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/2.0')) },
  { name: 'version 1.2', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/1.2')) },
  { name: 'version 0.9', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/0.9')) },
  { name: 'version 1.10', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/1.10')) },
  { name: 'no space after status code', needs: PLAIN, apply: editSegment('status', () => 'HTTP/1.1 200\r\n') },
  { name: 'two spaces before status code', needs: PLAIN, apply: editSegment('status', () => 'HTTP/1.1  200 OK\r\n') },
  { name: 'status code 600', needs: PLAIN, apply: editSegment('status', (t) => t.replace(' 200 ', ' 600 ')) },
  { name: 'status code 099', needs: PLAIN, apply: editSegment('status', (t) => t.replace(' 200 ', ' 099 ')) },
  { name: 'two-digit status code', needs: PLAIN, apply: editSegment('status', () => 'HTTP/1.1 20 OK\r\n') },
  { name: 'lower-case http', needs: PLAIN, apply: editSegment('status', (t) => t.replace('HTTP/', 'http/')) },
  { name: 'NUL in reason', needs: PLAIN, apply: editSegment('status', () => 'HTTP/1.1 200 O\x00K\r\n') },
  { name: 'bare CR in reason', needs: PLAIN, apply: editSegment('status', () => 'HTTP/1.1 200 O\rK\r\n') },
  { name: 'bare LF after status line', needs: PLAIN, apply: editSegment('status', (t) => t.replace(/\r\n$/, '\n')) },
  // header lines
  { name: 'obs-fold', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Fold: a\r\n b\r\n' }) },
  { name: 'whitespace before colon', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Space : 1\r\n' }) },
  { name: 'header line without colon', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'no colon here\r\n' }) },
  { name: 'empty field name', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: ': value\r\n' }) },
  { name: 'non-token field name', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X@Bad: 1\r\n' }) },
  { name: 'NUL in field value', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Nul: a\x00b\r\n' }) },
  { name: 'bare CR in field value', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Cr: a\rb\r\n' }) },
  { name: 'control byte in field value', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Ctl: a\x01b\r\n' }) },
  { name: 'bare LF header line', needs: PLAIN, apply: insertBefore('blank', { tag: 'header', text: 'X-Lf: 1\n' }) },
  // Content-Length
  { name: 'Content-Length with 0xA0', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, '$1\xa0'), { name: 'content-length' }) },
  { name: 'Content-Length with a sign', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, '+$1'), { name: 'content-length' }) },
  { name: 'Content-Length in hex', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, '0x$1'), { name: 'content-length' }) },
  { name: 'Content-Length with a unit', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, '$1 bytes'), { name: 'content-length' }) },
  { name: 'empty Content-Length', needs: LENGTH, apply: editSegment('header', () => 'Content-Length: \r\n', { name: 'content-length' }) },
  { name: 'Content-Length list that differs', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, (n) => `${n}, ${Number(n) + 1}`), { name: 'content-length' }) },
  { name: 'Content-Length list of the same value', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, '$1, $1'), { name: 'content-length' }) },
  { name: 'second Content-Length that differs', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, (n) => `${n}\r\nContent-Length: ${Number(n) + 1}`), { name: 'content-length' }) },
  { name: 'Content-Length too small', needs: LENGTH, apply: (g, r) => (g.expected.content.length > 0 ? editSegment('header', (t) => t.replace(/(\d+)/, (n) => String(Number(n) - 1)), { name: 'content-length', toEnd: true })(g, r) : undefined) },
  { name: 'Content-Length too large', needs: LENGTH, apply: editSegment('header', (t) => t.replace(/(\d+)/, (n) => String(Number(n) + 10)), { name: 'content-length', toEnd: true }) },
  { name: 'Content-Length with Transfer-Encoding', needs: CHUNKED, apply: insertBefore('blank', { tag: 'header', text: 'Content-Length: 3\r\n' }) },
  // Transfer-Encoding
  { name: 'chunked followed by 0xA0', needs: CHUNKED, apply: editSegment('header', (t) => t.replace(/chunked/i, 'chunked\xa0'), { name: 'transfer-encoding', last: true }) },
  { name: 'parameter on chunked', needs: CHUNKED, apply: editSegment('header', (t) => t.replace(/chunked/i, 'chunked;a=b'), { name: 'transfer-encoding', last: true }) },
  { name: 'chunked applied twice', needs: CHUNKED, apply: editSegment('header', (t) => t.replace(/chunked/i, 'chunked, chunked'), { name: 'transfer-encoding', last: true }) },
  { name: 'non-token transfer coding', needs: CHUNKED, apply: editSegment('header', (t) => t.replace(/chunked/i, 'gz/ip, chunked'), { name: 'transfer-encoding', last: true }) },
  { name: 'final coding not chunked', needs: CHUNKED, apply: editSegment('header', (t) => t.replace(/chunked/i, 'chunked, gzip'), { name: 'transfer-encoding', last: true }) },
  { name: 'Transfer-Encoding in HTTP/1.0', needs: CHUNKED, apply: (g, r) => {
    const m = editSegment('status', (t) => t.replace('HTTP/1.1', 'HTTP/1.0'))(g, r);
    // The finding names the Transfer-Encoding line: accept any offset in the head.
    return m && { ...m, to: m.segments.findIndex((s) => s.tag === 'blank') >= 0 ? offsetOf(m.segments, m.segments.findIndex((s) => s.tag === 'blank')) : m.to };
  } },
  // chunk-size lines
  { name: 'space before chunk size', needs: CHUNKED, apply: editSegment('chunk-line', sizeLine(' $')) },
  { name: '0x chunk size', needs: CHUNKED, apply: editSegment('chunk-line', sizeLine('0x$')) },
  { name: 'signed chunk size', needs: CHUNKED, apply: editSegment('chunk-line', sizeLine('+$')) },
  { name: 'chunk size followed by a letter', needs: CHUNKED, apply: editSegment('chunk-line', sizeLine('$g')) },
  { name: 'bare CR in chunk line', needs: CHUNKED, apply: editSegment('chunk-line', sizeLine('$\rx')) },
  { name: 'whitespace after size without extension', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/^([0-9A-Fa-f]+)[^\r]*/, '$1 ')) },
  { name: 'extension without a name', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';\r\n')) },
  { name: 'control byte in extension', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';a\x01b\r\n')) },
  { name: 'NUL in extension', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';a=\x00\r\n')) },
  { name: 'unterminated quoted extension', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';a="b\r\n')) },
  { name: 'extension value with a space inside', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';a=b c\r\n')) },
  { name: 'BWS before semicolon', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ' ;a=b\r\n')) },
  { name: 'BWS around equals', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, ';a = b\r\n')) },
  { name: 'chunk line over 4096 bytes', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, `;a=${'x'.repeat(4100)}\r\n`)) },
  { name: 'bare LF chunk line', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/\r\n$/, '\n')) },
  // A size that disagrees with the data is found where the CRLF should be: anywhere up to the end counts.
  { name: 'chunk size one too large', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/^[0-9A-Fa-f]+/, (s) => (parseInt(s, 16) + 1).toString(16)), { toEnd: true }) },
  { name: 'chunk size one too small', needs: CHUNKED, apply: editSegment('chunk-line', (t) => t.replace(/^[0-9A-Fa-f]+/, (s) => (parseInt(s, 16) - 1).toString(16)), { toEnd: true, where: (s) => parseInt(s.text, 16) > 1 }) },
  { name: 'missing CRLF after chunk data', needs: CHUNKED, apply: editSegment('chunk-crlf', () => '', { toEnd: true }) },
  { name: 'LF only after chunk data', needs: CHUNKED, apply: editSegment('chunk-crlf', () => '\n', { toEnd: true }) },
  // trailers and the end
  { name: 'Content-Length in trailers', needs: CHUNKED, apply: insertBefore('end', { tag: 'trailer', text: 'Content-Length: 5\r\n' }) },
  { name: 'Transfer-Encoding in trailers', needs: CHUNKED, apply: insertBefore('end', { tag: 'trailer', text: 'Transfer-Encoding: chunked\r\n' }) },
  { name: 'trailer line without colon', needs: CHUNKED, apply: insertBefore('end', { tag: 'trailer', text: 'oops\r\n' }) },
  { name: 'bytes after the chunked body', needs: CHUNKED, apply: append('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n') },
  { name: 'bytes after the Content-Length body', needs: LENGTH, apply: append('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n') },
  // bodyless responses
  { name: 'body after 204', needs: PLAIN, apply: (g, r) => {
    const m = editSegment('status', () => 'HTTP/1.1 204 No Content\r\n')(stripFraming(g), r);
    return m && append('hello')({ ...g, segments: m.segments });
  } },
  { name: 'body after 304', needs: PLAIN, apply: (g, r) => {
    const m = editSegment('status', () => 'HTTP/1.1 304 Not Modified\r\n')(stripFraming(g), r);
    return m && append('hello')({ ...g, segments: m.segments });
  } },
  { name: 'body after HEAD', needs: LENGTH, apply: (g) => (g.expected.content.length > 0 ? { ...wholeBody(g), method: 'HEAD' } : append('hello', 'HEAD')(g)) },
  { name: 'Content-Length on 204', needs: LENGTH, apply: (g, r) => {
    const m = editSegment('status', () => 'HTTP/1.1 204 No Content\r\n')({ ...g, segments: g.segments.filter((s) => s.tag !== 'body') }, r);
    const cl = m && m.segments.findIndex((s) => s.name === 'Content-Length');
    return m && cl !== undefined && cl >= 0 ? { ...m, from: offsetOf(m.segments, cl), to: offsetOf(m.segments, cl + 1) } : undefined;
  } },
  // interim responses
  { name: '1xx in HTTP/1.0', needs: PLAIN, apply: insertBefore('status', { tag: 'interim', text: 'HTTP/1.0 103 Early Hints\r\nLink: </a.css>; rel=preload; as=style\r\n\r\n' }) },
  { name: 'Content-Length on 1xx', needs: PLAIN, apply: insertBefore('status', { tag: 'interim', text: 'HTTP/1.1 103 Early Hints\r\nContent-Length: 0\r\n\r\n' }) },
  { name: 'invalid Content-Length on 1xx', needs: PLAIN, apply: insertBefore('status', { tag: 'interim', text: 'HTTP/1.1 103 Early Hints\r\nContent-Length: x\r\n\r\n' }) },
  { name: '100 Continue without Expect', needs: PLAIN, apply: insertBefore('status', { tag: 'interim', text: 'HTTP/1.1 100 Continue\r\n\r\n' }) },
  { name: 'head cut off', needs: PLAIN, apply: (g) => {
    const i = g.segments.findIndex((s) => s.tag === 'blank');
    const segments = g.segments.slice(0, i);
    const from = offsetOf(segments, segments.length);
    return { method: g.method, requestHeaders: g.requestHeaders, segments, from, to: from };
  } },
];

/** The response without its framing header and body (for a status that has none). */
function stripFraming(g: Generated): Generated {
  return { ...g, segments: g.segments.filter((s) => !['body', 'chunk-line', 'chunk-data', 'chunk-crlf', 'trailer', 'end'].includes(s.tag) && !/^(content-length|transfer-encoding)$/i.test(s.name ?? '')) };
}

/** The same bytes, with the whole body as the offending range. */
function wholeBody(g: Generated): Omit<Mutant, 'name'> {
  const i = g.segments.findIndex((s) => s.tag === 'body');
  const from = offsetOf(g.segments, i);
  return { method: g.method, requestHeaders: g.requestHeaders, segments: g.segments, from, to: from + g.segments[i]!.text.length };
}

/** The `k`-th mutant of class `m` for a seed (undefined when the generated response does not suit it). */
export function mutant(seed: number, classIndex: number, k: number): Mutant | undefined {
  const m = MUTATIONS[classIndex]!;
  const index = classIndex * 100_003 + k;
  const g = generate(seed, index, m.needs);
  const applied = m.apply(g, rngOf((seed + index * 7919) >>> 0));
  return applied && { name: m.name, ...applied };
}
