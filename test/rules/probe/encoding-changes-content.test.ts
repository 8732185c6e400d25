import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/encoding-changes-content';
const BODY = '{"id":1,"name":"widget"}';
const LM = 'Last-Modified: Tue, 01 Sep 2026 10:00:00 GMT';
const plain = (extra: string[] = [LM]) => wire('HTTP/1.1 200 OK', [DATE, 'Content-Type: application/json', 'Vary: Accept-Encoding', ...extra], BODY);
const gzipped = (body: string, extra: string[] = [LM]) =>
  wire('HTTP/1.1 200 OK', [DATE, 'Content-Type: application/json', 'Vary: Accept-Encoding', 'Content-Encoding: gzip', ...extra], gzipSync(body).toString('latin1'));
const pair = (base: string, coded: string) => probedExchanges({ response: base }, { requestHeaders: [['Accept-Encoding', 'gzip']], probe: { name: 'encoding', of: 0 }, response: coded });

ruleTable(ID, {
  fires: [
    {
      name: 'the gzip body decodes to other content (same Last-Modified)',
      input: () => pair(plain(), gzipped('{"id":1,"name":"gadget"}')),
      severity: 'error',
      message: 'the gzip body decodes to 24 bytes that differ from the 24-byte identity body',
      evidence: /^decoded: 24 bytes: 7b 22 69 64 .*; identity: 24 bytes: 7b 22 69 64/,
      location: { part: 'body' },
    },
    { name: 'the same weak ETag family', input: () => pair(plain(['ETag: "v1"']), gzipped('{"id":1}', ['ETag: W/"v1"'])), count: 1 },
  ],
  quiet: [
    { name: 'the gzip body decodes to the identity body', input: () => pair(plain(), gzipped(BODY)) },
    { name: 'different content but no shared validator: maybe a dynamic resource (not evaluated)', input: () => pair(plain([]), gzipped('{"id":2}', [])) },
    { name: 'an uncompressed answer to the gzip probe', input: () => pair(plain(), plain()) },
  ],
});
