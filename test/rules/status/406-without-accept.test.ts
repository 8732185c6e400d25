import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/406-without-accept';
const NOT_ACCEPTABLE = 'HTTP/1.1 406 Not Acceptable\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 406 to a request without any Accept*', input: { requestHeaders: [['Accept', '']], response: NOT_ACCEPTABLE }, count: 1, severity: 'warning', message: '406 Not Acceptable answers a request that accepts any representation (no Accept*)', evidence: 'status line "HTTP/1.1 406 Not Acceptable" at byte 0; the request "GET /resource HTTP/1.1" had no Accept-Charset, Accept-Encoding or Accept-Language', location: { part: 'status-line', offset: 0 } },
    { name: 'a 406 to Accept: */* (what curl sends)', input: { response: NOT_ACCEPTABLE }, count: 1, message: '(only Accept: */*)', evidence: /had Accept: \*\/\* and no Accept-Charset/ },
  ],
  quiet: [
    { name: 'a 406 to an explicit Accept', input: { requestHeaders: [['Accept', 'application/xml']], response: NOT_ACCEPTABLE } },
    { name: 'a 406 to Accept-Language', input: { requestHeaders: [['Accept-Language', 'fr']], response: NOT_ACCEPTABLE } },
    { name: 'a 406 to Accept-Encoding', input: { requestHeaders: [['Accept-Encoding', 'identity;q=0']], response: NOT_ACCEPTABLE } },
    { name: 'a 200 without Accept', input: { requestHeaders: [['Accept', '']], response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, NOT_ACCEPTABLE));
