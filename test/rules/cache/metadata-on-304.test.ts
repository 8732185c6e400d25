import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/metadata-on-304';
const notModified = (...lines: string[]) => ({
  requestHeaders: [['If-None-Match', '"v1"']] as Array<[string, string]>,
  response: `HTTP/1.1 304 Not Modified\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`,
});

ruleTable(ID, {
  fires: [
    { name: 'Content-Encoding on a 304 (warning)', input: notModified('Content-Encoding: gzip', 'ETag: "v1"'), count: 1, severity: 'warning', message: '304 Not Modified carries Content-Encoding: a cache that merges it', evidence: 'Content-Encoding: gzip at byte 27', location: { part: 'header', offset: 27, header: 'Content-Encoding' } },
    { name: 'Content-Type on a 304 (info)', input: notModified('ETag: "v1"', 'Content-Type: text/html; charset=utf-8'), count: 1, severity: 'info', message: 'carries Content-Type', evidence: 'Content-Type: text/html; charset=utf-8 at byte 39' },
    { name: 'Content-Language on a 304 (info)', input: notModified('Content-Language: en'), severity: 'info', message: 'carries Content-Language' },
    { name: 'all three, one finding each, the warning first', input: notModified('Content-Type: text/html', 'Content-Language: en', 'Content-Encoding: br'), count: 3, severity: 'warning' },
  ],
  quiet: [
    { name: 'a 304 with ETag, Cache-Control, Vary, Date, Expires and Content-Location', input: notModified('Date: Sun, 06 Nov 1994 08:49:37 GMT', 'ETag: "v1"', 'Cache-Control: max-age=60', 'Vary: Accept-Encoding', 'Expires: Sun, 06 Nov 1994 08:50:37 GMT', 'Content-Location: /a.json') },
    { name: 'a 304 with Last-Modified and no ETag (guides cache updates)', input: notModified('Last-Modified: Sun, 06 Nov 1994 08:49:37 GMT') },
    { name: 'a 200 with Content-Type and Content-Encoding', input: { response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: identity\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
