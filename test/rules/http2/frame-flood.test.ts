// http2/frame-flood: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, encodeFrame, headers, continuation } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/frame-flood', {
  fires: [
    { name: 'CONTINUATION flood', input: () => h2ExchangeOf([headers([[':status', '200']], { endHeaders: false }), ...Array.from({ length: 100 }, () => encodeFrame(9, 0, 1))]), evidence: /byte \d+/ },
    { name: 'PING flood', input: () => h2ExchangeOf(Array.from({ length: 1100 }, () => encodeFrame(6, 0, 0, Buffer.alloc(8)))), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of CONTINUATION flood', input: () => h2ExchangeOf([headers([[':status', '200']], { endHeaders: false }), continuation([['a', 'b']], { endHeaders: false }), continuation([['c', 'd']]), data('')]) },
    { name: 'near miss of PING flood', input: () => h2ExchangeOf([...Array.from({ length: 50 }, () => encodeFrame(6, 0, 0, Buffer.alloc(8))), ...ok()]) },
  ],
});
