// http2/hpack-error: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { encodeFrame } from '../../../src/lab/h2/frames';

ruleTable('http2/hpack-error', {
  fires: [
    { name: 'index 0', input: () => h2ExchangeOf([encodeFrame(1, 5, 1, Buffer.from([0x80]))]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of index 0', input: () => h2ExchangeOf([encodeFrame(1, 5, 1, Buffer.from([0x89]))]) },
  ],
});
