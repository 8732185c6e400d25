import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/unsatisfied-range-on-206';
const partial = (value: string) => ({
  requestHeaders: [['Range', 'bytes=0-4']] as Array<[string, string]>,
  response: `HTTP/1.1 206 Partial Content\r\nContent-Range: ${value}\r\nContent-Length: 5\r\n\r\nhello`,
});

ruleTable(ID, {
  fires: [
    { name: 'bytes */11 on a 206', input: partial('bytes */11'), count: 1, severity: 'error', message: '206 Partial Content with Content-Range "bytes */11": the unsatisfied form names no enclosed range', evidence: 'Content-Range: bytes */11 at byte 30', location: { part: 'header', offset: 30, header: 'Content-Range' } },
  ],
  quiet: [
    { name: 'a correct 206', input: partial('bytes 0-4/11') },
    { name: 'bytes */11 on a 416', input: { response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */11\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'a malformed value (range/invalid-content-range reports it)', input: partial('bytes */*') },
  ],
});
