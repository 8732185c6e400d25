// The proxy's report extras: findings grouped by rule, method and path, and one live line per finding.
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { allRules } from '../../rules/index';
import { judge } from '../../src/judge';
import { groupFindings } from '../../src/proxy/groups';
import { liveLines } from '../../src/proxy/liveLines';
import { exchangeOf } from '../helpers/exchange';

const settings = { rules: new Map(), maxBody: 1024 * 1024 };
const plain = new Chalk({ level: 0 });
const DELETE_200 = 'HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n';

describe('proxy report extras', () => {
  it('groups the same finding on one endpoint whatever the query, counting hits', () => {
    const inspections = ['/users/42?a=1', '/users/42?a=2', '/users/7'].map((path) => judge([exchangeOf({ method: 'DELETE', url: `http://127.0.0.1:1${path}`, response: DELETE_200 })], allRules, settings));
    const groups = groupFindings(inspections).filter((g) => g.ruleId === 'status/delete-200-empty');
    expect(groups.map((g) => [g.method, g.path, g.count])).toEqual([
      ['DELETE', '/users/42', 2],
      ['DELETE', '/users/7', 1],
    ]);
    expect(groups[0]!.first.exchange).toBe(inspections[0]!.exchanges[0]);
  });

  it('writes one line per finding with method, path, status and rule; a failed upstream gets one too', () => {
    const inspection = judge([exchangeOf({ method: 'DELETE', url: 'http://u:p@127.0.0.1:1/users/42?x=1', response: DELETE_200 })], allRules, settings);
    expect(liveLines(inspection, plain)).toEqual(['⚠ DELETE /users/42?x=1 → 200 status/delete-200-empty']);
    const failed = exchangeOf({ url: 'http://127.0.0.1:1/hang', response: '' });
    failed.error = { code: 'TIMEOUT_FIRST_BYTE', message: 'first-byte timeout' };
    expect(liveLines(judge([failed], allRules, settings), plain)).toEqual(['✖ GET /hang → no response [TIMEOUT_FIRST_BYTE]']);
  });
});
