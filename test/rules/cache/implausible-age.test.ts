import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/implausible-age';
const ok = (...lines: string[]) => ({ response: `HTTP/1.1 200 OK\r\n${lines.map((l) => `${l}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'an epoch timestamp written into Age', input: ok('Age: 1700000000', 'Cache-Control: max-age=60'), count: 1, severity: 'warning', message: /^Age 1700000000 is 53\.9 years, far beyond the declared freshness of 60 s/, evidence: 'Age: 1700000000 at byte 17', location: { part: 'header', offset: 17, header: 'Age' } },
    { name: 'just over a year with no declared freshness', input: ok('Age: 31536001'), message: 'Age 31536001 is 1.0 years' },
    { name: 'a century', input: ok('Age: 99999999999999'), message: 'more than a century' },
  ],
  quiet: [
    { name: 'exactly one year', input: ok('Age: 31536000') },
    { name: 'a long-lived asset whose max-age covers the Age', input: ok('Cache-Control: public, max-age=315360000, immutable', 'Age: 40000000') },
    { name: 'Expires ten years after Date covers the Age (mod_expires "access plus 10 years")', input: ok('Date: Sun, 06 Nov 1994 08:49:37 GMT', 'Expires: Thu, 06 Nov 2004 08:49:37 GMT', 'Age: 40000000') },
    { name: 's-maxage covers the Age', input: ok('Cache-Control: s-maxage=63072000', 'Age: 40000000') },
    { name: 'an invalid Age (cache/invalid-age reports it)', input: ok('Age: 99999999999.5') },
  ],
});
