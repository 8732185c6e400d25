// http2/goaway-error: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { goaway, data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/goaway-error', {
  fires: [
    { name: 'GOAWAY(PROTOCOL_ERROR) before the response', input: () => h2ExchangeOf([goaway(0, 1, Buffer.from('bad'))]), severity: 'error', evidence: /^GOAWAY frame at byte \d+, last stream 0, error code 1 \(PROTOCOL_ERROR\), debug data "bad"$/ },
    { name: 'GOAWAY(INTERNAL_ERROR) after a complete response (info)', input: () => h2ExchangeOf([...ok(), goaway(1, 2)]), severity: 'info', message: 'after the response was complete' },
  ],
  quiet: [
    { name: 'near miss of GOAWAY(PROTOCOL_ERROR) before the response', input: () => h2ExchangeOf([...ok(), goaway(1, 0)]) },
  ],
});
