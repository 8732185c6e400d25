import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/invalid-last-modified';
const lm = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nLast-Modified: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'an ISO 8601 timestamp', input: lm('2024-01-15T10:00:00Z'), count: 1, severity: 'error', message: 'Last-Modified "2024-01-15T10:00:00Z" is not an HTTP-date (an ISO 8601 timestamp is not an HTTP-date)', evidence: 'Last-Modified: 2024-01-15T10:00:00Z at byte 17', location: { part: 'header', offset: 17, header: 'Last-Modified' } },
    { name: 'a Unix timestamp', input: lm('1705312800'), message: 'is a number, not an HTTP-date' },
    { name: 'a local time zone', input: lm('Mon, 15 Jan 2024 10:00:00 +0100'), message: 'must be written "GMT"' },
    { name: 'empty', input: lm(''), message: 'Last-Modified (empty)' },
    { name: 'the obsolete RFC 850 format (milder)', input: lm('Sunday, 06-Nov-94 08:49:37 GMT'), severity: 'warning', message: 'obsolete RFC 850 format' },
    { name: 'the obsolete asctime format (milder)', input: lm('Sun Nov  6 08:49:37 1994'), severity: 'warning', message: 'obsolete asctime format' },
  ],
  quiet: [
    { name: 'an IMF-fixdate', input: lm('Sun, 06 Nov 1994 08:49:37 GMT') },
    { name: 'no Last-Modified', input: { response: 'HTTP/1.1 200 OK\r\nETag: "x"\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
