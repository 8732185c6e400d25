// http2/missing-status: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { headers } from '../../../src/lab/h2/frames';

ruleTable('http2/missing-status', {
  fires: [
    { name: 'no :status', input: () => h2ExchangeOf([headers([['content-type', 'text/plain']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of no :status', input: () => h2ExchangeOf([headers([[':status', '204']], { endStream: true })]) },
  ],
});
