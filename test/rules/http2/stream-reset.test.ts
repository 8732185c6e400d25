// http2/stream-reset: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers, rstStream } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/stream-reset', {
  fires: [
    { name: 'RST_STREAM(INTERNAL_ERROR) mid-body', input: () => h2ExchangeOf([headers([[':status', '200']]), data('part', { endStream: false }), rstStream(1, 2)]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of RST_STREAM(INTERNAL_ERROR) mid-body', input: () => h2ExchangeOf([...ok(), rstStream(1, 0)]) },
  ],
});
