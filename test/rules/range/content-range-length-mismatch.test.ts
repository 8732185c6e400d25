import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/content-range-length-mismatch';
const RANGE: Array<[string, string]> = [['Range', 'bytes=0-4']];
const partial = (lines: string[], body: string) => ({ requestHeaders: RANGE, response: `HTTP/1.1 206 Partial Content\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n${body}` });

ruleTable(ID, {
  fires: [
    { name: 'Content-Length one byte short of the range', input: partial(['Content-Range: bytes 0-4/11', 'Content-Length: 4'], 'hell'), count: 1, severity: 'error', message: 'Content-Range bytes 0-4/11 encloses 5 bytes, but Content-Length says 4', evidence: 'Content-Range: bytes 0-4/11 at byte 30; Content-Length: 4 at byte 59', location: { part: 'header', offset: 30, header: 'Content-Range' } },
    { name: 'an inclusive end computed as exclusive', input: partial(['Content-Range: bytes 0-5/11', 'Content-Length: 5'], 'hello'), message: 'encloses 6 bytes' },
    { name: 'chunked content of the wrong size', input: partial(['Content-Range: bytes 0-4/11', 'Transfer-Encoding: chunked'], '3\r\nhel\r\n0\r\n\r\n'), message: 'but the chunked content has 3', evidence: 'Content-Range: bytes 0-4/11 at byte 30; 3 content bytes received' },
  ],
  quiet: [
    { name: 'a 206 with a correct Content-Range and Content-Length', input: partial(['Content-Range: bytes 0-4/11', 'Content-Length: 5'], 'hello') },
    { name: 'chunked content of the right size', input: partial(['Content-Range: bytes 0-4/11', 'Transfer-Encoding: chunked'], '5\r\nhello\r\n0\r\n\r\n') },
    { name: 'a HEAD 206', input: { method: 'HEAD', requestHeaders: RANGE, response: 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\n' } },
    { name: 'multipart/byteranges', input: partial(['Content-Type: multipart/byteranges; boundary=x', 'Content-Length: 3'], '--x') },
    { name: 'a malformed Content-Range (range/invalid-content-range reports it)', input: partial(['Content-Range: bytes 4-0/11', 'Content-Length: 5'], 'hello') },
  ],
});
