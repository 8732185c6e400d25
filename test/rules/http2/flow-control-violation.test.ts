// http2/flow-control-violation: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, encodeFrame, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/flow-control-violation', {
  fires: [
    { name: 'WINDOW_UPDATE of 0', input: () => h2ExchangeOf([encodeFrame(8, 0, 0, Buffer.alloc(4)), ...ok()]), evidence: /byte \d+/ },
    { name: 'DATA past the window', input: () => h2ExchangeOf([headers([[':status', '200']]), ...Array.from({ length: 70 }, () => data(Buffer.alloc(16384), { endStream: false }))]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of WINDOW_UPDATE of 0', input: () => h2ExchangeOf([encodeFrame(8, 0, 0, Buffer.from([0, 0, 0, 1])), ...ok()]) },
    { name: 'near miss of DATA past the window', input: () => h2ExchangeOf([headers([[':status', '200']]), ...Array.from({ length: 20 }, () => data(Buffer.alloc(16384), { endStream: false }))]) },
  ],
});
