// http2/trailers-without-end-stream: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

ruleTable('http2/trailers-without-end-stream', {
  fires: [
    { name: 'trailers, then END_STREAM on empty DATA', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']]), data('', { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of trailers, then END_STREAM on empty DATA', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']], { endStream: true })]) },
  ],
});
