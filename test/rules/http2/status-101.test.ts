// http2/status-101: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { headers } from '../../../src/lab/h2/frames';

ruleTable('http2/status-101', {
  fires: [
    { name: '101 over h2', input: () => h2ExchangeOf([headers([[':status', '101'], ['upgrade', 'websocket']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of 101 over h2', input: () => h2ExchangeOf([headers([[':status', '100']]), headers([[':status', '200']], { endStream: true })]) },
  ],
});
