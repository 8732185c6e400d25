// http2/pseudo-header-in-trailers: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

ruleTable('http2/pseudo-header-in-trailers', {
  fires: [
    { name: ':status in trailers', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([[':status', '200']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of :status in trailers', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']], { endStream: true })]) },
  ],
});
