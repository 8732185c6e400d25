// http2/invalid-header-name: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/invalid-header-name', {
  fires: [
    { name: 'space in a name', input: () => h2ExchangeOf(ok([['x bad', '1']])), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of space in a name', input: () => h2ExchangeOf(ok([['x-good_1.~', '1']])) },
  ],
});
