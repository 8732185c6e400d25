// http2/invalid-pseudo-header: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { headers } from '../../../src/lab/h2/frames';

ruleTable('http2/invalid-pseudo-header', {
  fires: [
    { name: ':status after a regular field', input: () => h2ExchangeOf([headers([['date', 'x'], [':status', '200']], { endStream: true })]), evidence: /byte \d+/ },
    { name: ':path in a response', input: () => h2ExchangeOf([headers([[':status', '200'], [':path', '/']], { endStream: true })]), evidence: /byte \d+/ },
    { name: 'duplicate :status', input: () => h2ExchangeOf([headers([[':status', '200'], [':status', '200']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of :status after a regular field', input: () => h2ExchangeOf([headers([[':status', '200'], ['date', 'x']], { endStream: true })]) },
    { name: 'near miss of :path in a response', input: () => h2ExchangeOf([headers([[':status', '200'], ['path', '/']], { endStream: true })]) },
    { name: 'near miss of duplicate :status', input: () => h2ExchangeOf([headers([[':status', '200']], { endStream: true })]) },
  ],
});
