// No false alarms on a new user's first run: the default responses of nginx, Apache, Express, Django and Spring
// produce no warning or error from any rule, and nothing at all from the content/ and headers/ families
// beyond the advice they already gave (text/html without charset).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { runRules } from '../../src/engine/run';
import { SERVER_DEFAULTS } from '../fixtures/serverDefaults';
import { exchangeOf } from '../helpers/exchange';

describe('server and framework defaults', () => {
  it.each(SERVER_DEFAULTS.map((d) => [d.name, d] as const))('%s: no warning or error', (_name, d) => {
    const exchange = exchangeOf({ method: d.method, requestHeaders: d.requestHeaders, response: d.response });
    expect(exchange.response?.complete).toBe(true);
    const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: 10 * 1024 * 1024 })[0]!;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const family = findings.filter((f) => /^(content|headers)\//.test(f.ruleId) && f.ruleId !== 'content/text-without-charset');
    expect(family.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
