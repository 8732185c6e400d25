import { exchangesFromRaw } from '../../../src/input/raw';
import { ruleTable } from '../../helpers/ruleTable';
import { findingsOf } from '../../helpers/exchange';
import { expect, it } from 'vitest';
import { evaluateRules } from '../../../src/engine/run';
import { allRules } from '../../../rules/index';

const ID = 'range/206-without-range-request';
const PARTIAL = 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\nhello';

ruleTable(ID, {
  fires: [
    { name: 'a 206 to a plain GET', input: { response: PARTIAL }, count: 1, severity: 'error', message: '206 Partial Content answers a request that sent no Range', evidence: 'status line "HTTP/1.1 206 Partial Content" at byte 0; the request "GET /resource HTTP/1.1" had no Range header', location: { part: 'status-line', offset: 0 } },
    { name: 'a 206 to a request with only If-Range', input: { requestHeaders: [['If-Range', '"v1"']], response: PARTIAL }, count: 1 },
  ],
  quiet: [
    { name: 'a 206 with a correct Content-Range to a Range request', input: { requestHeaders: [['Range', 'bytes=0-4']], response: PARTIAL } },
    { name: 'a 206 to POST (range/206-to-unranged-method reports it)', input: { method: 'POST', requestBody: 'x', response: PARTIAL } },
    { name: 'a 200 to a plain GET', input: { response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => {
  const { exchanges } = exchangesFromRaw(Buffer.from(PARTIAL, 'latin1'));
  expect(findingsOf(ID, exchanges)).toEqual([]);
  const judged = evaluateRules(exchanges, allRules.filter((r) => r.meta.id === ID), { settings: new Map(), maxBody: 1024 });
  expect(judged.notEvaluated[0]).toEqual([{ ruleId: ID, reason: expect.stringContaining('--raw-request') }]);
});
