import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/unknown-accept-ranges-unit';
const ar = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nAccept-Ranges: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'a typo', input: ar('byte'), count: 1, severity: 'info', message: 'Accept-Ranges names the unknown range unit "byte"', evidence: 'Accept-Ranges: byte at byte 17', location: { part: 'header', offset: 17, header: 'Accept-Ranges' } },
    { name: 'a boolean', input: ar('true'), message: '"true"' },
    { name: 'not a token', input: ar('bytes=0-'), message: 'is not a range unit' },
    { name: 'empty', input: ar(''), message: 'Accept-Ranges is empty' },
    { name: 'one unknown member among known ones', input: ar('bytes, pages'), count: 1, message: '"pages"' },
  ],
  quiet: [
    { name: 'bytes', input: ar('bytes') },
    { name: 'none', input: ar('none') },
    { name: 'Bytes in another case', input: ar('Bytes') },
  ],
});
