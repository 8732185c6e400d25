// http2/unexpected-headers: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

ruleTable('http2/unexpected-headers', {
  fires: [
    { name: 'a second response', input: () => h2ExchangeOf([headers([[':status', '200']]), headers([[':status', '500']]), data('', { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of a second response', input: () => h2ExchangeOf([headers([[':status', '103'], ['link', '</a>; rel=preload']]), headers([[':status', '200']]), data('', { endStream: true })]) },
  ],
});
