import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/content-range-on-multipart';
const BODY = '--B\r\nContent-Range: bytes 0-4/11\r\n\r\nhello\r\n--B\r\nContent-Range: bytes 6-10/11\r\n\r\nworld\r\n--B--\r\n';
const TWO: Array<[string, string]> = [['Range', 'bytes=0-4,6-10']];

ruleTable(ID, {
  fires: [
    { name: 'Content-Range in the header section of a multipart 206', input: { requestHeaders: TWO, response: `HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=B\r\nContent-Range: bytes 0-10/11\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}` }, count: 1, severity: 'error', message: 'carries Content-Range in its header section', evidence: 'Content-Range: bytes 0-10/11 at byte 78', location: { part: 'header', offset: 78, header: 'Content-Range' } },
  ],
  quiet: [
    { name: 'a multipart 206 with Content-Range only in its parts', input: { requestHeaders: TWO, response: `HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=B\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}` } },
    { name: 'a single-part 206', input: { requestHeaders: [['Range', 'bytes=0-4']], response: 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\nhello' } },
  ],
});
