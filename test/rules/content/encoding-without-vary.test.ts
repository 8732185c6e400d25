import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/encoding-without-vary';

function respond(headers: string): Buffer {
  const gz = gzipSync('{"id":1}');
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n${headers}Content-Length: ${gz.length}\r\n\r\n`), gz]);
}

describe(ID, () => {
  it('fires on a gzip response without Vary, naming Content-Encoding', () => {
    const response = respond('Content-Encoding: gzip\r\n');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('content-coded (gzip)');
    expect(findings[0]!.evidence).toBe(`Content-Encoding: gzip at byte ${response.indexOf('Content-Encoding')}`);
  });

  it('fires when Vary lists other fields only', () => {
    const findings = findingsOf(ID, exchangeOf({ response: respond('Content-Encoding: gzip\r\nVary: Origin, Accept\r\n') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('(Vary: Origin, Accept)');
  });

  it('fires on a cacheable response (max-age, private) without Vary', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('Cache-Control: max-age=600\r\nContent-Encoding: gzip\r\n') }))).toHaveLength(1);
    expect(findingsOf(ID, exchangeOf({ response: respond('Cache-Control: private, no-cache\r\nContent-Encoding: br\r\n') }))).toHaveLength(1);
  });

  it('stays quiet on a 304 (no content; the stored Vary governs the cache)', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nContent-Encoding: br\r\n\r\n' }))).toEqual([]);
  });

  it('stays quiet on Cache-Control: no-store (never stored), alone, in a list or on a second line', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('Cache-Control: no-store\r\nContent-Encoding: gzip\r\n') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Cache-Control: private, NO-STORE, max-age=0\r\nContent-Encoding: gzip\r\n') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Cache-Control: private\r\nCache-Control: no-store\r\nContent-Encoding: gzip\r\n') }))).toEqual([]);
  });

  it('stays quiet with Vary listing Accept-Encoding (any case, in a list, on a second line) or Vary: *', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Content-Encoding: gzip\r\nvary: origin,accept-encoding\r\n') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Content-Encoding: gzip\r\nVary: Origin\r\nVary: ACCEPT-ENCODING\r\n') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Content-Encoding: gzip\r\nVary: *\r\n') }))).toEqual([]);
  });

  it('stays quiet without Content-Encoding or with identity only', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}' }))).toEqual([]);
  });
});
