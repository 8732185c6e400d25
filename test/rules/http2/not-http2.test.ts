// http2/not-http2: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/not-http2', {
  fires: [
    { name: 'an HTTP/1.1 answer', input: () => h2ExchangeOf([Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')], { raw: true }), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of an HTTP/1.1 answer', input: () => h2ExchangeOf(ok()) },
  ],
});
