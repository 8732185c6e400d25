import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/charset-mismatch';
const respond = (type: string, body: Buffer) =>
  Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
const latin1InUtf8 = respond('text/html; charset=utf-8', Buffer.from('<p>café au lait</p>', 'latin1'));
const bad = latin1InUtf8.indexOf(0xe9);

ruleTable(ID, {
  fires: [
    {
      name: 'Latin-1 bytes labelled UTF-8: names the first bad byte and its received offset',
      input: { response: latin1InUtf8 },
      count: 1,
      severity: 'warning',
      message: `the body is not valid utf-8 (Content-Type says charset=utf-8): byte 6 of the content (received byte ${bad}) does not decode, and clients show U+FFFD there`,
      evidence: `Content-Type: text/html; charset=utf-8 at byte 17; at byte 6 of the content (received byte ${bad}): 13 bytes: e9 20 61 75 20 6c 61 69 74 3c 2f 70 … (". au lait</p" …)`,
      location: { part: 'body', offset: bad },
    },
    { name: 'Shift_JIS label on bytes that are not Shift_JIS', input: { response: respond('text/plain; charset=Shift_JIS', Buffer.from([0x41, 0x82, 0x20])) }, message: 'not valid shift_jis (Content-Type says charset=Shift_JIS): byte 1 of the content' },
    { name: 'a UTF-8 BOM overrides a Latin-1 label, and the rest is not UTF-8', input: { response: respond('text/plain; charset=iso-8859-1', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe9])) }, message: 'its byte order mark says utf-8, which overrides charset=iso-8859-1' },
    {
      name: 'a label no browser knows (info)',
      input: { response: respond('text/html; charset=utf8mb4', Buffer.from('<p>hi</p>')) },
      severity: 'info',
      message: 'charset "utf8mb4" is not an encoding label browsers know',
      evidence: 'Content-Type: text/html; charset=utf8mb4 at byte 17',
      location: { part: 'header', offset: 17, header: 'Content-Type' },
    },
    { name: 'a label for the replacement encoding (browsers show one U+FFFD)', input: { response: respond('text/plain; charset=iso-2022-kr', Buffer.from('hi')) }, severity: 'warning', message: 'maps to the WHATWG "replacement" encoding' },
    { name: 'an XML type with a charset parameter', input: { response: respond('application/xml; charset="UTF-8"', Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])) }, message: 'byte 3 of the content' },
  ],
  quiet: [
    { name: 'ISO-8859-16, which this runtime cannot decode (not evaluated)', input: { response: respond('text/plain; charset=iso-8859-16', Buffer.from([0xa1])) } },
    { name: 'x-user-defined (every byte decodes)', input: { response: respond('text/plain; charset=x-user-defined', Buffer.from([0xff, 0x80])) } },
    { name: 'a binary type with a charset parameter', input: { response: respond('application/octet-stream; charset=binary', Buffer.from([0xff, 0xd8, 0xff])) } },
    { name: 'multipart with a charset parameter', input: { response: respond('multipart/mixed; boundary=x; charset=utf-8', Buffer.from([0x2d, 0x2d, 0x78, 0x0d, 0x0a, 0xff, 0x0d, 0x0a])) } },
    {
      name: 'a body still wrapped in a gzip transfer coding (not evaluated, not judged)',
      input: { response: Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: gzip\r\n\r\n'), gzipSync('caf\u00e9')]) },
    },
    { name: 'UTF-8 text labelled utf-8', input: { response: respond('text/html; charset=utf-8', Buffer.from('<p>café ☕ 日本</p>', 'utf8')) } },
    { name: 'Latin-1 text labelled ISO-8859-1 (every byte decodes)', input: { response: respond('text/plain; charset=ISO-8859-1', Buffer.from('café', 'latin1')) } },
    { name: 'Shift_JIS text labelled Shift_JIS', input: { response: respond('text/plain; charset=shift_jis', Buffer.from([0x82, 0xa0])) } },
    { name: 'text without a charset (content/text-without-charset is the finding)', input: { response: respond('text/plain', Buffer.from('café', 'latin1')) } },
    { name: 'JSON with a charset parameter (json-not-utf8 judges JSON)', input: { response: respond('application/json; charset=utf-8', Buffer.from('{"a":"é"}', 'latin1')) } },
    { name: 'a UTF-16LE BOM with UTF-16 text under a utf-8 label (the BOM wins)', input: { response: respond('text/plain; charset=utf-8', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')])) } },
  ],
});
