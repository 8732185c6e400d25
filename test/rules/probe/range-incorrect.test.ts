import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/range-incorrect';
const BODY = '0123456789abcdefghij';
const FULL = wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"', 'Accept-Ranges: bytes'], BODY);
const part = (contentRange: string, body: string, range = 'bytes=6-13', extra: string[] = []) =>
  probedExchanges({ response: FULL }, { requestHeaders: [['Range', range]], probe: { name: 'range', of: 0 }, response: wire('HTTP/1.1 206 Partial Content', [DATE, ...extra, `Content-Range: ${contentRange}`], body) });

ruleTable(ID, {
  fires: [
    {
      name: 'the 206 body is one byte off',
      input: () => part('bytes 6-13/20', BODY.slice(7, 15)),
      severity: 'error',
      message: 'the 206 body is not bytes 6-13 of the full body: it differs from byte 0 of the range on',
      evidence: /^206 body at byte \d+: 8 bytes: 37 38 39 61 62 63 64 65 \("789abcde"\); the 200 had 8 bytes: 36 37/,
      location: { part: 'body' },
    },
    {
      name: 'Content-Range names other bytes than were asked for',
      input: () => part('bytes 0-7/20', BODY.slice(0, 8)),
      message: 'Range: bytes=6-13 asks for bytes 6-13, but Content-Range names bytes 0-7',
      location: { part: 'header', header: 'Content-Range' },
    },
    { name: 'a suffix range answered with the wrong end', input: () => part('bytes 15-19/20', BODY.slice(14, 19), 'bytes=-5'), count: 1 },
  ],
  quiet: [
    { name: 'exactly the bytes asked for', input: () => part('bytes 6-13/20', BODY.slice(6, 14)) },
    { name: 'a suffix range', input: () => part('bytes 15-19/20', BODY.slice(15), 'bytes=-5') },
    { name: 'a range past the end clipped to the last byte', input: () => part('bytes 16-19/20', BODY.slice(16), 'bytes=16-40') },
    { name: 'another ETag on the 206: the representation changed (not evaluated)', input: () => part('bytes 6-13/20', 'XXXXXXXX', 'bytes=6-13', ['ETag: "v2"']) },
  ],
});
