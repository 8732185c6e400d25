// http2/uppercase-header-name: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/uppercase-header-name', {
  fires: [
    { name: 'Content-Type', input: () => h2ExchangeOf(ok([['Content-Type', 'text/plain']])), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of Content-Type', input: () => h2ExchangeOf(ok([['content-type', 'text/plain']])) },
  ],
});
