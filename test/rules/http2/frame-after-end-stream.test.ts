// http2/frame-after-end-stream: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

ruleTable('http2/frame-after-end-stream', {
  fires: [
    { name: 'DATA after END_STREAM', input: () => h2ExchangeOf([headers([[':status', '200']], { endStream: true }), data('late')]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of DATA after END_STREAM', input: () => h2ExchangeOf([headers([[':status', '200']]), data('on time')]) },
  ],
});
