import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/416-without-range';
const UNSATISFIABLE = 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */11\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 416 to a plain GET', input: { response: UNSATISFIABLE }, count: 1, severity: 'warning', message: '416 Range Not Satisfiable answers a request that sent no Range', evidence: 'status line "HTTP/1.1 416 Range Not Satisfiable" at byte 0; the request "GET /resource HTTP/1.1" had no Range', location: { part: 'status-line', offset: 0 } },
  ],
  quiet: [
    { name: 'a 416 to a Range request', input: { requestHeaders: [['Range', 'bytes=100-']], response: UNSATISFIABLE } },
    { name: 'a 200 to a plain GET', input: { response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, UNSATISFIABLE));
