// The incremental framer and the pure parser built on it: framing decisions, offsets and anomalies.
import { describe, expect, it } from 'vitest';
import { ResponseFramer } from '../../src/http1/framer';
import { parseResponse, responseFromFramer, type ParsedResponse } from '../../src/http1/parse';

const bytes = (s: string) => Buffer.from(s, 'latin1');
const parse = (s: string, method = 'GET') => parseResponse(bytes(s), method);

/** Feeds the bytes in the given pieces and reads the result. */
function parseInPieces(pieces: Buffer[], method = 'GET'): ParsedResponse {
  const framer = new ResponseFramer({ method, maxHeaderBytes: 64 * 1024 });
  for (const p of pieces) framer.push(p);
  framer.end();
  return responseFromFramer(framer);
}

const CHUNKED_WITH_TRAILERS =
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n' +
  '5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc\r\n\r\n';

describe('ResponseFramer / parseResponse', () => {
  it('reads a Content-Length body and its offsets', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n';
    const r = parse(`${head}hello`);
    expect(r.response?.status).toBe(200);
    expect(r.response?.framing).toMatchObject({ kind: 'content-length', length: 5 });
    expect(r.response?.complete).toBe(true);
    expect(r.response?.headerEnd).toBe(head.length);
    expect(r.response?.body).toEqual({ offset: head.length, length: 5 });
    expect(r.response?.content).toEqual([{ offset: head.length, length: 5 }]);
    expect(r.extra).toBeUndefined();
    expect(r.anomalies).toEqual([]);
  });

  it('marks a Content-Length body cut short by EOF as incomplete', () => {
    const r = parse('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    expect(r.response?.complete).toBe(false);
    expect(r.response?.contentLength).toBe(3);
    expect(r.extra).toBeUndefined();
  });

  it('puts bytes after the declared length in extra', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n';
    const r = parse(`${head}hi there`);
    expect(r.response?.contentLength).toBe(2);
    expect(r.extra).toEqual({ offset: head.length + 2, length: 6 });
  });

  it('dechunks a chunked body with a chunk extension and keeps the trailers', () => {
    const r = parse(CHUNKED_WITH_TRAILERS);
    const res = r.response!;
    expect(res.framing.kind).toBe('chunked');
    expect(res.complete).toBe(true);
    expect(res.contentLength).toBe(11);
    expect(Buffer.concat(res.content.map((c) => bytes(CHUNKED_WITH_TRAILERS).subarray(c.offset, c.offset + c.length))).toString()).toBe('hello world');
    expect(res.chunks.map((c) => c.size)).toEqual([5, 6, 0]);
    expect(res.trailers.map((t) => t.raw)).toEqual(['X-Checksum: abc']);
    expect(res.trailers[0]!.offset).toBe(CHUNKED_WITH_TRAILERS.indexOf('X-Checksum: abc'));
    expect(res.body).toEqual({ offset: res.headerEnd, length: CHUNKED_WITH_TRAILERS.length - res.headerEnd });
    expect(r.extra).toBeUndefined();
    expect(r.anomalies).toEqual([]);
  });

  it('reports a chunked body truncated before the last chunk', () => {
    const s = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n';
    const r = parse(s);
    expect(r.response?.complete).toBe(false);
    expect(r.response?.contentLength).toBe(5);
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'invalid-chunked-encoding', offset: s.length })]);
  });

  it('reports a bad chunk-size line and stops framing there', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
    const r = parse(`${head}zz\r\nhello\r\n0\r\n\r\n`);
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'invalid-chunked-encoding', offset: head.length, evidence: 'zz' })]);
    expect(r.response?.complete).toBe(false);
    expect(r.extra).toBeUndefined();
  });

  it('reads interim 100 Continue and then the final 200', () => {
    const s = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    const r = parse(s, 'POST');
    expect(r.interim.map((m) => m.status)).toEqual([100]);
    expect(r.interim[0]!.complete).toBe(true);
    expect(r.response?.status).toBe(200);
    expect(r.response?.offset).toBe(25);
    expect(r.response?.contentLength).toBe(2);
    expect(r.anomalies).toEqual([]);
  });

  it('treats 101 as final: what follows is extra (the new protocol)', () => {
    const head = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n';
    const r = parse(`${head}\x81\x00`);
    expect(r.interim).toEqual([]);
    expect(r.response?.status).toBe(101);
    expect(r.extra).toEqual({ offset: head.length, length: 2 });
  });

  it('ends HEAD, 204 and 304 responses at the header block, whatever Content-Length says', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n';
    const r = parse(head, 'HEAD');
    expect(r.response?.framing.kind).toBe('none');
    expect(r.response?.complete).toBe(true);
    expect(r.extra).toBeUndefined();
    const late = parse('HTTP/1.1 204 No Content\r\n\r\nhello', 'DELETE');
    expect(late.extra).toEqual({ offset: 27, length: 5 });
    expect(parse('HTTP/1.1 304 Not Modified\r\nETag: "a"\r\n\r\n').extra).toBeUndefined();
  });

  it('reads a body without Content-Length or Transfer-Encoding until close', () => {
    const r = parse('HTTP/1.1 200 OK\r\n\r\nhello');
    expect(r.response?.framing.kind).toBe('close');
    expect(r.response?.complete).toBe(true);
    expect(r.response?.contentLength).toBe(5);
  });

  it('gives the same result whatever way the bytes are split across pushes', () => {
    const samples = [
      CHUNKED_WITH_TRAILERS,
      'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello',
      'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello world',
      'HTTP/1.1 200 OK\nX-A: 1\n folded\n\nbody',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n',
    ];
    for (const s of samples) {
      const all = bytes(s);
      const whole = JSON.stringify(parseInPieces([all]));
      for (let i = 1; i < all.length; i++) {
        expect(JSON.stringify(parseInPieces([all.subarray(0, i), all.subarray(i)])), `${JSON.stringify(s)} split at ${i}`).toBe(whole);
      }
      expect(JSON.stringify(parseInPieces([...all].map((b) => Buffer.from([b])))), `${JSON.stringify(s)} byte by byte`).toBe(whole);
    }
  });

  it('reports bare LF line endings with the offset of each line, and still parses the head', () => {
    const r = parse('HTTP/1.1 200 OK\nX-A: 1\r\nContent-Length: 2\n\nhi');
    expect(r.response?.contentLength).toBe(2);
    expect(r.anomalies.filter((a) => a.id === 'bare-lf').map((a) => a.offset)).toEqual([0, 24, 42]);
  });

  it('joins an obs-folded line into the previous header and reports it', () => {
    const r = parse('HTTP/1.1 200 OK\r\nX-Note: first\r\n\tsecond\r\nContent-Length: 0\r\n\r\n');
    expect(r.response?.headers[0]).toMatchObject({ name: 'X-Note', value: 'first second', offset: 17 });
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'obs-fold', offset: 32, evidence: '\tsecond' })]);
  });

  it('reports bytes that are not HTTP with their first line, and no response', () => {
    const r = parse('SSH-2.0-OpenSSH_9.6\r\nmore');
    expect(r.response).toBeUndefined();
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'invalid-status-line', offset: 0, evidence: 'SSH-2.0-OpenSSH_9.6' })]);
  });

  it('keeps a head cut off by EOF and reports incomplete-head', () => {
    const s = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n';
    const r = parse(s);
    expect(r.response?.status).toBe(200);
    expect(r.response?.complete).toBe(false);
    expect(r.response?.headers.map((h) => h.raw)).toEqual(['Content-Type: text/plain']);
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'incomplete-head', offset: s.length })]);
  });

  it('stops at a header section over the limit', () => {
    const r = parse(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}\r\n\r\n`);
    expect(r.response).toBeUndefined();
    expect(r.anomalies).toEqual([expect.objectContaining({ id: 'header-section-too-large', offset: 0 })]);
  });

  it('returns nothing at all for an empty capture', () => {
    const r = parse('');
    expect(r).toEqual({ interim: [], response: undefined, extra: undefined, anomalies: [] });
  });
});
