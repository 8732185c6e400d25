import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentCodingsOf, decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { exchangeOf } from '../helpers/exchange';

function coded(coding: string | undefined, body: Buffer | string, extra = '') {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const ce = coding === undefined ? '' : `Content-Encoding: ${coding}\r\n`;
  return exchangeOf({ response: Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${ce}${extra}Content-Length: ${bytes.length}\r\n\r\n`), bytes]) });
}

const BODY = '{"id":1,"name":"widget"}';

describe('contentCodingsOf', () => {
  it('lists codings in applied order across lines, lower-cased, identity and empty members dropped', () => {
    const ex = coded(undefined, 'x', 'Content-Encoding: GZIP, identity\r\nContent-Encoding: ,br\r\n');
    expect(contentCodingsOf(ex.response!)).toEqual(['gzip', 'br']);
  });
});

describe('decodedContentOf', () => {
  it('returns the body as is without content-coding', () => {
    const result = decodedContentOf(coded(undefined, BODY), 1000);
    expect(result).toEqual({ ok: true, bytes: Buffer.from(BODY), codings: [] });
  });

  it('decodes gzip, x-gzip, zlib deflate, raw deflate and br', () => {
    for (const [coding, bytes] of [
      ['gzip', gzipSync(BODY)],
      ['x-gzip', gzipSync(BODY)],
      ['deflate', deflateSync(BODY)],
      ['deflate', deflateRawSync(BODY)],
      ['br', brotliCompressSync(BODY)],
    ] as const) {
      const result = decodedContentOf(coded(coding, bytes), 1000);
      expect(result.ok && result.bytes.toString(), coding).toBe(BODY);
    }
  });

  it('undoes several codings in reverse order of application', () => {
    const result = decodedContentOf(coded('gzip, br', brotliCompressSync(gzipSync(BODY))), 1000);
    expect(result.ok && result.bytes.toString()).toBe(BODY);
  });

  it('removes chunk framing before decoding', () => {
    const gz = gzipSync(BODY);
    const ex = exchangeOf({
      response: Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n'),
        gz.subarray(0, 3),
        Buffer.from(`\r\n${(gz.length - 3).toString(16)}\r\n`),
        gz.subarray(3),
        Buffer.from('\r\n0\r\n\r\n'),
      ]),
    });
    const result = decodedContentOf(ex, 1000);
    expect(result.ok && result.bytes.toString()).toBe(BODY);
  });

  it('reports a broken coding as not skipped', () => {
    const result = decodedContentOf(coded('gzip', BODY), 1000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.skipped).toBe(false);
    expect(!result.ok && result.reason).toContain('does not decode as gzip');
  });

  it('skips an unknown coding', () => {
    const result = decodedContentOf(coded('zstd', BODY), 1000);
    expect(result).toMatchObject({ ok: false, skipped: true, codings: ['zstd'] });
    expect(!result.ok && result.reason).toContain('unknown content coding "zstd"');
  });

  it('skips a body larger than maxBody, before and after decoding', () => {
    expect(decodedContentOf(coded(undefined, BODY), 10)).toMatchObject({ ok: false, skipped: true });
    const big = Buffer.alloc(5000, 'a');
    for (const [coding, bytes] of [['gzip', gzipSync(big)], ['br', brotliCompressSync(big)]] as const) {
      const result = decodedContentOf(coded(coding, bytes), 1000);
      expect(result, coding).toMatchObject({ ok: false, skipped: true });
      expect(!result.ok && result.reason, coding).toContain('exceeds --max-body');
    }
  });

  it('decodes a body whose decoded size is exactly maxBody', () => {
    const big = Buffer.alloc(5000, 'a');
    const result = decodedContentOf(coded('gzip', gzipSync(big)), 5000);
    expect(result.ok && result.bytes.length).toBe(5000);
  });

  it('skips a body that was not kept in memory', () => {
    const ex = coded(undefined, BODY);
    ex.received = ex.received.subarray(0, ex.received.length - 5);
    expect(decodedContentOf(ex, 1000)).toMatchObject({ ok: false, skipped: true });
  });

  it('has nothing to decode without a response', () => {
    const ex = coded(undefined, BODY);
    delete ex.response;
    expect(decodedContentOf(ex, 1000)).toMatchObject({ ok: false, skipped: true });
  });
});

describe('mediaTypeOf', () => {
  it('parses the first Content-Type', () => {
    expect(mediaTypeOf(coded(undefined, '{}', 'Content-Type: Application/JSON; charset=utf-8\r\n').response!)?.essence).toBe('application/json');
  });

  it('is undefined when Content-Type is absent or invalid', () => {
    expect(mediaTypeOf(coded(undefined, '{}').response!)).toBeUndefined();
    expect(mediaTypeOf(coded(undefined, '{}', 'Content-Type: json\r\n').response!)).toBeUndefined();
  });
});
