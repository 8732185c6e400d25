// http2/interim-with-end-stream: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { headers } from '../../../src/lab/h2/frames';

ruleTable('http2/interim-with-end-stream', {
  fires: [
    { name: '103 with END_STREAM', input: () => h2ExchangeOf([headers([[':status', '103']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of 103 with END_STREAM', input: () => h2ExchangeOf([headers([[':status', '103']]), headers([[':status', '204']], { endStream: true })]) },
  ],
});
