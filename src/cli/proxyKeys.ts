// The option-table entries `httpinspect proxy` takes (its own --upstream, --port and --host are declared in
// main.ts): limits, TLS to the upstream, rules, reports and the config file. Request options (-X, -H, -d …)
// do not apply: the proxy forwards what its clients send. --probe follows proxied GET and HEAD requests only.
import type { OptionKey } from '../options/table';

export const PROXY_OPTION_KEYS: readonly OptionKey[] = [
  'config', 'noConfig', 'insecure', 'cacert',
  'connectTimeout', 'tlsTimeout', 'firstByteTimeout', 'idleTimeout', 'maxTime', 'extrasTimeout', 'maxBody', 'maxHeaderSize', 'maxTotalSize',
  'verbose', 'json', 'format', 'outputFile', 'reportJson', 'reportSarif', 'reportJunit', 'saveHar', 'showSecrets', 'noColor', 'record', 'writeBaseline',
  'failOn', 'rule', 'baseline', 'probe',
];
