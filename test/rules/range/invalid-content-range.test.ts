import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/invalid-content-range';
const partial = (value: string) => ({
  requestHeaders: [['Range', 'bytes=0-4']] as Array<[string, string]>,
  response: `HTTP/1.1 206 Partial Content\r\nContent-Range: ${value}\r\nContent-Length: 5\r\n\r\nhello`,
});

ruleTable(ID, {
  fires: [
    { name: '"=" instead of a space', input: partial('bytes=0-4/11'), count: 1, severity: 'error', message: 'Content-Range "bytes=0-4/11" is invalid: "bytes=" is the Range request syntax', evidence: 'Content-Range: bytes=0-4/11 at byte 30', location: { part: 'header', offset: 30, header: 'Content-Range' } },
    { name: 'no unit', input: partial('0-4/11'), message: 'the range unit is missing' },
    { name: 'no slash', input: partial('bytes 0-4'), message: 'has no "/"' },
    { name: 'last before first', input: partial('bytes 4-0/11'), message: 'the last position 0 is before the first position 4' },
    { name: 'last at the complete length', input: partial('bytes 0-11/11'), message: 'not inside the complete length 11' },
    { name: 'non-digits', input: partial('bytes 0-four/11'), message: 'last position "four"' },
    { name: 'an open range copied from the request', input: partial('bytes 0-/11'), message: 'the last position is missing' },
    { name: 'on a 416 too', input: { response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */*\r\nContent-Length: 0\r\n\r\n' }, message: 'needs the complete length' },
    { name: 'an invalid member of a list', input: partial('bytes 0-4/11, oops'), count: 1, message: '"oops"' },
  ],
  quiet: [
    { name: 'a correct 206', input: partial('bytes 0-4/11') },
    { name: 'an unknown complete length', input: partial('bytes 0-4/*') },
    { name: 'a 416 with bytes */11', input: { response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */11\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'a custom unit with the right shape', input: partial('items 0-4/11') },
    { name: 'a list of valid values (headers/duplicate-singleton reports it)', input: partial('bytes 0-4/11, bytes 5-9/11') },
  ],
});
