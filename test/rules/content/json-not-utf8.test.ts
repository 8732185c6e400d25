import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/json-not-utf8';
const head = (type = 'application/json', extra = '') => (body: Buffer) =>
  Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n${extra}Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
const json = head();
const utf16le = (text: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const latin1Body = Buffer.from('{"name":"café"}', 'latin1');
const latin1Response = json(latin1Body);

ruleTable(ID, {
  fires: [
    {
      name: 'UTF-16LE with a byte order mark',
      input: { response: json(utf16le('{"id":1}')) },
      count: 1,
      severity: 'error',
      message: 'the JSON body is UTF-16LE (it starts with a byte order mark), not UTF-8',
      evidence: /^Content-Type: application\/json at byte 17; content starts with 18 bytes: ff fe 7b 00 22 00 69 00 …/,
      location: { part: 'body' },
    },
    { name: 'UTF-16BE without a byte order mark', input: { response: json(Buffer.from([0x00, 0x7b, 0x00, 0x7d])) }, message: 'UTF-16BE (zero bytes around its ASCII characters)' },
    { name: 'UTF-32LE with a byte order mark', input: { response: json(Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0])) }, message: 'UTF-32LE' },
    {
      name: 'Latin-1 bytes in a string (invalid UTF-8), with the received offset',
      input: { response: latin1Response },
      message: `the JSON body is not valid UTF-8: byte 12 of the content (received byte ${latin1Response.indexOf(0xe9)}) does not start a UTF-8 character (0xe9 followed by ASCII looks like ISO-8859-1/windows-1252 text); clients read U+FFFD there`,
      evidence: `at byte 12 of the content (received byte ${latin1Response.indexOf(0xe9)}): 3 bytes: e9 22 7d ("."}")`,
      location: { part: 'body', offset: latin1Response.indexOf(0xe9) },
    },
    {
      name: 'invalid UTF-8 inside a gzip-coded +json body (offset in the decoded content)',
      input: { response: head('application/vnd.api+json', 'Content-Encoding: gzip\r\n')(gzipSync(latin1Body)) },
      message: 'byte 12 of the decoded content',
    },
  ],
  quiet: [
    { name: 'application/json without charset, UTF-8 body with non-ASCII text', input: { response: json(Buffer.from('{"name":"café ☕"}', 'utf8')) } },
    { name: 'a UTF-8 byte order mark (decoders drop it)', input: { response: json(Buffer.from('\ufeff{"a":1}', 'utf8')) } },
    { name: 'UTF-16 text labelled text/plain (not JSON)', input: { response: head('text/plain; charset=utf-16')(utf16le('hi')) } },
    { name: 'a 206 slice may cut a character', input: { response: `HTTP/1.1 206 Partial Content\r\nContent-Type: application/json\r\nContent-Range: bytes 0-9/20\r\nContent-Length: 2\r\n\r\n{\xc3` } },
    { name: 'HEAD response (no content)', input: { method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n' } },
  ],
});
