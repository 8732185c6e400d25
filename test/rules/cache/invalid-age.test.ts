import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/invalid-age';
const ok = (...lines: string[]) => ({ response: `HTTP/1.1 200 OK\r\n${lines.map((l) => `${l}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'a negative Age', input: ok('Age: -5'), count: 1, severity: 'warning', message: 'Age "-5" is not a non-negative integer', evidence: 'Age: -5 at byte 17', location: { part: 'header', offset: 17, header: 'Age' } },
    { name: 'a decimal Age', input: ok('Date: Sun, 06 Nov 1994 08:49:37 GMT', 'Age: 1.5'), message: '"1.5"', evidence: 'Age: 1.5 at byte 54' },
    { name: 'an empty Age', input: ok('Age: '), message: 'Age (empty)' },
    { name: 'a date in Age', input: ok('Age: Sun, 06 Nov 1994 08:49:37 GMT'), count: 1 },
  ],
  quiet: [
    { name: 'Age: 0', input: ok('Age: 0') },
    { name: 'a large but valid Age', input: ok('Age: 86400') },
    { name: 'a list of valid numbers (headers/duplicate-singleton reports it)', input: ok('Age: 5, 7') },
    { name: 'no Age at all', input: ok('Cache-Control: max-age=60') },
  ],
});
