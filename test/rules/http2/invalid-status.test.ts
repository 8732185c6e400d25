// http2/invalid-status: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { headers } from '../../../src/lab/h2/frames';

ruleTable('http2/invalid-status', {
  fires: [
    { name: '"200 OK"', input: () => h2ExchangeOf([headers([[':status', '200 OK']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of "200 OK"', input: () => h2ExchangeOf([headers([[':status', '599']], { endStream: true })]) },
  ],
});
