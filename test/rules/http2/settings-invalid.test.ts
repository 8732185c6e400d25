// http2/settings-invalid: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { serverSettings, settingsAck, data, headers } from '../../../src/lab/h2/frames';
import { Setting } from '../../../src/http2/constants';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/settings-invalid', {
  fires: [
    { name: 'ENABLE_PUSH = 1 from a server', input: () => h2ExchangeOf([serverSettings([[Setting.ENABLE_PUSH, 1]]), settingsAck(), ...ok()], { raw: true }), evidence: /byte \d+/ },
    { name: 'HEADERS before SETTINGS', input: () => h2ExchangeOf([...ok(), serverSettings()], { raw: true }), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of ENABLE_PUSH = 1 from a server', input: () => h2ExchangeOf([serverSettings([[Setting.ENABLE_PUSH, 0]]), settingsAck(), ...ok()], { raw: true }) },
    { name: 'near miss of HEADERS before SETTINGS', input: () => h2ExchangeOf([serverSettings(), ...ok()], { raw: true }) },
  ],
});
