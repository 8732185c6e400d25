import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from '../status/_raw';

const ID = 'range/multipart-for-single-range';
const BODY = '--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-4/11\r\n\r\nhello\r\n--B--\r\n';
const MULTIPART = `HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=B\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`;

ruleTable(ID, {
  fires: [
    { name: 'one range answered with multipart', input: { requestHeaders: [['Range', 'bytes=0-4']], response: MULTIPART }, count: 1, severity: 'error', message: '206 answers the single range "bytes=0-4" with multipart/byteranges', evidence: 'Content-Type: multipart/byteranges; boundary=B at byte 30; the request had Range: bytes=0-4', location: { part: 'header', offset: 30, header: 'Content-Type' } },
  ],
  quiet: [
    { name: 'two ranges answered with multipart', input: { requestHeaders: [['Range', 'bytes=0-4, 6-10']], response: MULTIPART } },
    { name: 'one range answered with a single part', input: { requestHeaders: [['Range', 'bytes=0-4']], response: 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\nhello' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, MULTIPART));
