// http2/malformed-frame: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { encodeFrame, headers, data } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/malformed-frame', {
  fires: [
    { name: 'PING of 4 bytes', input: () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(4)), ...ok()]), evidence: /byte \d+/ },
    { name: 'bad DATA padding', input: () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([5, 0x61]))]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of PING of 4 bytes', input: () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(8)), ...ok()]) },
    { name: 'near miss of bad DATA padding', input: () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([1, 0x61, 0]))]) },
  ],
});
