import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/405-allows-refused-method';
const refused = (allow: string) => `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${allow}\r\nContent-Length: 0\r\n\r\n`;

ruleTable(ID, {
  fires: [
    { name: 'DELETE refused while Allow lists DELETE', input: { method: 'DELETE', response: refused('GET, HEAD, DELETE') }, count: 1, severity: 'warning', message: '405 Method Not Allowed refuses DELETE, yet its Allow header lists DELETE', evidence: 'Allow: GET, HEAD, DELETE at byte 33', location: { part: 'header', offset: 33, header: 'Allow' } },
    { name: 'POST listed without spaces', input: { method: 'POST', response: refused('GET,POST') }, count: 1 },
  ],
  quiet: [
    { name: 'Allow lists only other methods', input: { method: 'DELETE', response: refused('GET, HEAD') } },
    { name: 'an empty Allow', input: { method: 'DELETE', response: refused('') } },
    { name: 'methods are case-sensitive', input: { method: 'DELETE', response: refused('get, delete') } },
    { name: 'a 200 with Allow', input: { method: 'OPTIONS', response: 'HTTP/1.1 200 OK\r\nAllow: GET, OPTIONS\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, refused('GET, HEAD')));
