import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/encoding-same-strong-etag';
const BODY = 'hello hello hello';
const plain = (etag: string) => wire('HTTP/1.1 200 OK', [DATE, `ETag: ${etag}`, 'Vary: Accept-Encoding'], BODY);
const gzipped = (etag: string) => wire('HTTP/1.1 200 OK', [DATE, `ETag: ${etag}`, 'Vary: Accept-Encoding', 'Content-Encoding: gzip'], gzipSync(BODY).toString('latin1'));
const pair = (a: string, b: string) => probedExchanges({ response: a }, { requestHeaders: [['Accept-Encoding', 'gzip']], probe: { name: 'encoding', of: 0 }, response: b });

ruleTable(ID, {
  fires: [
    {
      name: 'gzip and identity share "v1"',
      input: () => pair(plain('"v1"'), gzipped('"v1"')),
      severity: 'warning',
      message: 'the gzip response has the same strong ETag "v1" as the identity response',
      evidence: 'ETag: "v1" at byte 54; identity response: ETag: "v1" at byte 54',
      location: { part: 'header', offset: 54, header: 'ETag' },
    },
  ],
  quiet: [
    { name: 'nginx weakens the ETag of compressed responses', input: () => pair(plain('"v1"'), gzipped('W/"v1"')) },
    { name: 'one strong ETag per coding', input: () => pair(plain('"v1"'), gzipped('"v1-gzip"')) },
    { name: 'not compressed: the same representation may share its ETag', input: () => pair(plain('"v1"'), plain('"v1"')) },
  ],
});
