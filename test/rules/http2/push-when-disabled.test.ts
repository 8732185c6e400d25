// http2/push-when-disabled: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { encodeFrame, data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/push-when-disabled', {
  fires: [
    { name: 'PUSH_PROMISE', input: () => h2ExchangeOf([encodeFrame(5, 4, 1, Buffer.from([0, 0, 0, 2, 0x82, 0x84])), ...ok()]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of PUSH_PROMISE', input: () => h2ExchangeOf(ok()) },
  ],
});
