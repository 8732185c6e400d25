import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/invalid-content-encoding';

function respond(coding: string, body: Buffer | string, status = '200 OK'): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Encoding: ${coding}\r\nVary: Accept-Encoding\r\nContent-Length: ${bytes.length}\r\n\r\n`),
    bytes,
  ]);
}

describe(ID, () => {
  it('fires on an uncompressed body labelled gzip, naming the header and the body bytes', () => {
    const response = respond('gzip', '{"id":1}');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/^the body does not decode as gzip: .*\(the body looks uncompressed\)$/);
    expect(findings[0]!.evidence).toContain(`Content-Encoding: gzip at byte ${response.indexOf('Content-Encoding')}`);
    expect(findings[0]!.evidence).toContain('8 bytes: 7b 22 69 64');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: response.indexOf('Content-Encoding'), header: 'Content-Encoding' });
  });

  it('fires on a gzip body labelled br, hinting at the gzip magic bytes', () => {
    const findings = findingsOf(ID, exchangeOf({ response: respond('br', gzipSync('{"id":1}')) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('does not decode as br');
    expect(findings[0]!.message).toContain('gzip magic bytes 1f 8b');
  });

  it('fires on a truncated gzip stream inside a complete message', () => {
    const gz = gzipSync('{"items":[1,2,3,4,5,6,7,8,9]}');
    const findings = findingsOf(ID, exchangeOf({ response: respond('gzip', gz.subarray(0, gz.length - 6)) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('unexpected end of file');
  });

  it('fires on a gzip body labelled "gzip, br" (br, applied last, is undone first and fails)', () => {
    const findings = findingsOf(ID, exchangeOf({ response: respond('gzip, br', gzipSync('{}')) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('does not decode as br');
  });

  it('stays quiet on bodies that decode: gzip, x-gzip, deflate (zlib and raw), br, and chunked gzip', () => {
    const body = '{"id":1,"name":"widget"}';
    expect(findingsOf(ID, exchangeOf({ response: respond('gzip', gzipSync(body)) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('X-GZIP', gzipSync(body)) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('deflate', deflateSync(body)) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('deflate', deflateRawSync(body)) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('br', brotliCompressSync(body)) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('br, identity', brotliCompressSync(body)) }))).toEqual([]);
    const gz = gzipSync(body);
    const chunked = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n'),
      Buffer.from('5\r\n'), gz.subarray(0, 5), Buffer.from(`\r\n${(gz.length - 5).toString(16)}\r\n`), gz.subarray(5), Buffer.from('\r\n0\r\n\r\n'),
    ]);
    expect(findingsOf(ID, exchangeOf({ response: chunked }))).toEqual([]);
  });

  it('stays quiet on an empty body, HEAD, 204, 304, unknown codings and a truncated message', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('gzip', '') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 80\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 204 No Content\r\nContent-Encoding: gzip\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nContent-Encoding: gzip\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('zstd', 'not zstd at all') }))).toEqual([]);
    const gz = gzipSync('{"id":1}');
    const truncated = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`), gz.subarray(0, 8)]);
    expect(findingsOf(ID, exchangeOf({ response: truncated }))).toEqual([]);
  });
});
