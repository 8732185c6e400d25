// http2/invalid-header-value: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/invalid-header-value', {
  fires: [
    { name: 'CR LF in a value', input: () => h2ExchangeOf(ok([['x-a', 'one\r\nx-b: two']])), evidence: /byte \d+/ },
    { name: 'trailing space', input: () => h2ExchangeOf(ok([['x-a', 'one ']])), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of CR LF in a value', input: () => h2ExchangeOf(ok([['x-a', 'one two']])) },
    { name: 'near miss of trailing space', input: () => h2ExchangeOf(ok([['x-a', 'o n e']])) },
  ],
});
