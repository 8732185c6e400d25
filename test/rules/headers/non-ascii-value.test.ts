import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/non-ascii-value';
const withField = (line: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n${line}\r\nContent-Length: 2\r\n\r\nhi`;
const utf8Line = withField('Content-Disposition: attachment; filename="r\xc3\xa9sum\xc3\xa9.pdf"');

ruleTable(ID, {
  fires: [
    {
      name: 'UTF-8 bytes in a file name: which bytes, where, and what they read as',
      input: { response: utf8Line },
      count: 1,
      severity: 'warning',
      message: `Content-Disposition holds 4 non-ASCII bytes; the first run, c3 a9 (UTF-8 for "é"), at byte ${utf8Line.indexOf('\xc3')}`,
      evidence: 'Content-Disposition: attachment; filename="r\\xc3\\xa9sum\\xc3\\xa9.pdf" at byte 48',
      location: { part: 'header', offset: utf8Line.indexOf('\xc3'), header: 'Content-Disposition' },
    },
    { name: 'a Latin-1 byte in a custom header', input: { response: withField('X-City: M\xfcnchen') }, message: 'the first run, fc ("ü" in Latin-1)' },
    { name: 'a non-ASCII byte in a trailer', input: { response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-Note: caf\xe9\r\n\r\n' }, location: { part: 'trailer', header: 'X-Note' } },
  ],
  quiet: [
    { name: 'the RFC 6266 idiom with filename* percent-encoded', input: { response: withField(`Content-Disposition: attachment; filename="resume.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`) } },
    { name: 'ASCII punctuation and a Server comment', input: { response: withField('Server: Apache/2.4.58 (Unix, OpenSSL/3.0) ~`!@#$%^&*') } },
    { name: 'a raw UTF-8 Location (headers/invalid-location reports it)', input: { response: 'HTTP/1.1 302 Found\r\nLocation: /caf\xc3\xa9\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'non-ASCII in the body only', input: { response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\n\xc3\xa9' } },
  ],
});
