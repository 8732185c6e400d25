// Every status rule must survive garbage: no response, malformed heads, huge or odd values, broken bodies.
import { describe, expect, it } from 'vitest';
import { statusRules } from '../../../rules/status/index';
import { runRules } from '../../../src/engine/run';
import { exchangeOf } from '../../helpers/exchange';

const INPUTS: Array<[string, string]> = [
  ['GET', ''],
  ['GET', 'SSH-2.0-OpenSSH_9.6\r\n'],
  ['GET', 'HTTP/1.1 2'],
  ['DELETE', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n'],
  ['GET', 'HTTP/1.1 206\r\nContent-Type: ;;;\r\nContent-Range\r\n\r\n'],
  ['GET', 'HTTP/1.1 416 X\r\nContent-Range: \u00ff\u0000*/\r\n\r\n'],
  ['GET', `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20005\r\n\r\n${'['.repeat(10000)}${']'.repeat(10000)}{}`],
  ['GET', `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nnope`],
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Type: application/problem+json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['POST', 'HTTP/1.0 999 Big\r\n\r\n'],
  ['GET', 'HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n'],
  ['GET', 'HTTP/1.1 307 X\r\nLocation: \u00ff\u0001//\r\nSet-Cookie\r\n\r\n'],
  ['DELETE', 'HTTP/1.1 405 X\r\nAllow: ,,,\u00ff\r\nAllow\r\n\r\n'],
  ['GET', 'HTTP/1.1 304 X\r\nContent-Type: x\r\n\r\n'],
  ['PUT', 'HTTP/1.1 412 X\r\n\r\n'],
  ['GET', 'HTTP/1.1 305 Use Proxy\r\n\r\n'],
];

describe('status rules on malformed input', () => {
  it('never throw', () => {
    for (const [method, response] of INPUTS) {
      const findings = runRules([exchangeOf({ method, response })], statusRules, { settings: new Map(), maxBody: 1 << 20 })[0]!;
      expect(findings.filter((f) => f.ruleId === 'internal/rule-failed'), response.slice(0, 30)).toEqual([]);
    }
  });
});
