import { ruleTable } from '../../helpers/ruleTable';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/invalid-max-age';
const OK = ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Methods: PUT'];
const withMaxAge = (...lines: string[]) => () => preflightOf('PUT', [...OK, ...lines]);
// The status line and the two OK header lines come first (wire() in test/cors/helpers.ts).
const OFFSET = 'HTTP/1.1 204 No Content\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\n'.length + OK.join('\r\n').length + 2;

ruleTable(ID, {
  fires: [
    {
      name: 'a unit after the number (10m)',
      input: withMaxAge('Access-Control-Max-Age: 10m'),
      count: 1,
      severity: 'warning',
      message: 'Access-Control-Max-Age is invalid ("10m" is not a number of seconds): browsers ignore it and cache this preflight for only 5 seconds',
      evidence: `Access-Control-Max-Age: 10m at byte ${OFFSET}`,
      location: { part: 'header', header: 'Access-Control-Max-Age' },
    },
    { name: 'a negative number', input: withMaxAge('Access-Control-Max-Age: -1'), count: 1, message: '"-1" is not a number of seconds' },
    { name: 'a fraction', input: withMaxAge('Access-Control-Max-Age: 600.0'), count: 1 },
    { name: 'a sign', input: withMaxAge('Access-Control-Max-Age: +600'), count: 1 },
    { name: 'a list', input: withMaxAge('Access-Control-Max-Age: 600, 600'), count: 1 },
    { name: 'an empty value', input: withMaxAge('Access-Control-Max-Age: '), count: 1 },
    { name: 'two header lines, even equal ones', input: withMaxAge('Access-Control-Max-Age: 600', 'Access-Control-Max-Age: 600'), count: 1, message: '2 Access-Control-Max-Age headers' },
    { name: 'on a failing preflight too (the value is wrong whatever the outcome)', input: () => preflightOf('PUT', [...OK, 'Access-Control-Max-Age: 1h'], { status: 403 }), count: 1 },
  ],
  quiet: [
    { name: '0 (caching disabled, valid)', input: withMaxAge('Access-Control-Max-Age: 0') },
    { name: '600', input: withMaxAge('Access-Control-Max-Age: 600') },
    { name: 'a value beyond Chromium\'s 7200 cap (valid; the browser clamps it)', input: withMaxAge('Access-Control-Max-Age: 86400') },
    { name: 'digits beyond 32 bits', input: withMaxAge('Access-Control-Max-Age: 99999999999') },
    { name: 'no Access-Control-Max-Age (cors/preflight-missing-max-age\'s case)', input: withMaxAge() },
    { name: 'an invalid value on a response that is not to a preflight (no one reads it)', input: () => actualOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Max-Age: 10m']) },
  ],
});
