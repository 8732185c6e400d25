import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/content-range-on-wrong-status';

ruleTable(ID, {
  fires: [
    { name: 'a 200 with Content-Range (a proxy forwarding a part as a whole)', input: { response: 'HTTP/1.1 200 OK\r\nContent-Range: bytes 0-4/5\r\nContent-Length: 5\r\n\r\nhello' }, count: 1, severity: 'warning', message: 'a 200 response carries Content-Range', evidence: 'Content-Range: bytes 0-4/5 at byte 17', location: { part: 'header', offset: 17, header: 'Content-Range' } },
    { name: 'a 404 with Content-Range', input: { response: 'HTTP/1.1 404 Not Found\r\nContent-Range: bytes */0\r\nContent-Length: 0\r\n\r\n' }, message: 'a 404 response' },
  ],
  quiet: [
    { name: 'a 206 with Content-Range', input: { requestHeaders: [['Range', 'bytes=0-4']], response: 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\nhello' } },
    { name: 'a 416 with Content-Range', input: { requestHeaders: [['Range', 'bytes=99-']], response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */11\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'a 200 without Content-Range', input: { response: 'HTTP/1.1 200 OK\r\nAccept-Ranges: bytes\r\nContent-Length: 5\r\n\r\nhello' } },
  ],
});
