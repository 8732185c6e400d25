// Every cache and range rule must survive garbage: odd Age, Vary, Cache-Control, CDN-Cache-Control,
// Content-Range and multipart values, bodiless and truncated messages.
import { describe, expect, it } from 'vitest';
import { cacheRules } from '../../../rules/cache/index';
import { rangeRules } from '../../../rules/range/index';
import { runRules } from '../../../src/engine/run';
import { exchangeOf } from '../../helpers/exchange';

const INPUTS: Array<[string, Array<[string, string]>, string]> = [
  ['GET', [], ''],
  ['GET', [], 'HTTP/1.1 2'],
  ['GET', [['Range', '=,,,']], 'HTTP/1.1 206 X\r\nContent-Range: bytes 99999999999999999999999999-9/*\r\nContent-Length: 1\r\n\r\nx'],
  ['GET', [['Range', 'bytes=0-1']], 'HTTP/1.1 206 X\r\nContent-Type: multipart/byteranges\r\nContent-Range: \u00ff\r\n\r\n'],
  ['HEAD', [], 'HTTP/1.1 206 X\r\nContent-Range: bytes 0-4/5\r\nTransfer-Encoding: chunked\r\n\r\n'],
  ['GET', [], 'HTTP/1.1 206 X\r\nContent-Range: bytes 0-4/5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['GET', [], `HTTP/1.1 200 OK\r\nAge: ${'9'.repeat(500)}\r\nAge: -\r\nCache-Control: max-age=${'9'.repeat(400)}, s-maxage=\r\nVary: ,,,${',x'.repeat(500)}\r\n\r\n`],
  ['GET', [], `HTTP/1.1 200 OK\r\nCDN-Cache-Control: ${'("'.repeat(500)}\r\nCDN-Cache-Control: a=(1 2;x=?1 "s")\r\n\r\n`],
  ['GET', [], 'HTTP/1.1 200 OK\r\nCDN-Cache-Control: max-age=(1 2), no-store=:aGk=:, private=@12\r\nExpires: 0\r\nLast-Modified: \u0000\r\nAccept-Ranges:\r\n\r\n'],
  ['GET', [], 'HTTP/1.1 304 X\r\nContent-Encoding\r\nSet-Cookie: a\r\nCache-Control: public, no-cache="\r\n\r\n'],
];

describe('cache and range rules on malformed input', () => {
  it('never throw', () => {
    for (const [method, requestHeaders, response] of INPUTS) {
      const findings = runRules([exchangeOf({ method, requestHeaders, response })], [...cacheRules, ...rangeRules], { settings: new Map(), maxBody: 1 << 20 })[0]!;
      expect(findings.filter((f) => f.ruleId === 'internal/rule-failed'), response.slice(0, 40)).toEqual([]);
    }
  });
});
