import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/encoding-not-offered';
const BIG = `${'{"id":1,"name":"widget"},'.repeat(60)}`;
const plain = (type: string, body = BIG) => wire('HTTP/1.1 200 OK', [DATE, `Content-Type: ${type}`], body);
const probes = (base: string, answers: string[]) =>
  probedExchanges({ response: base }, ...['gzip', 'br', 'zstd'].map((coding, i) => ({ requestHeaders: [['Accept-Encoding', coding]] as Array<[string, string]>, probe: { name: 'encoding', of: 0 }, response: answers[i]! })));

ruleTable(ID, {
  fires: [
    {
      name: '1.5 KB of JSON never compressed',
      input: () => probes(plain('application/json'), [plain('application/json'), plain('application/json'), plain('application/json')]),
      count: 1,
      severity: 'info',
      message: `the ${BIG.length}-byte application/json response is sent uncompressed to every Accept-Encoding asked (gzip, br, zstd)`,
      evidence: /^Accept-Encoding: gzip, br, zstd each answered without Content-Encoding/,
    },
    { name: 'text/html', input: () => probes(plain('text/html; charset=utf-8'), [plain('text/html'), plain('text/html'), plain('text/html')]), count: 1 },
  ],
  quiet: [
    { name: 'gzip offered (br and zstd not)', input: () => probes(plain('application/json'), [wire('HTTP/1.1 200 OK', [DATE, 'Content-Encoding: gzip', 'Vary: Accept-Encoding'], gzipSync(BIG).toString('latin1')), plain('application/json'), plain('application/json')]) },
    { name: 'a small body', input: () => probes(plain('application/json', '{"ok":true}'), [plain('application/json', '{"ok":true}'), plain('application/json', '{"ok":true}'), plain('application/json', '{"ok":true}')]) },
    { name: 'an image is already compressed', input: () => probes(plain('image/png'), [plain('image/png'), plain('image/png'), plain('image/png')]) },
  ],
});
