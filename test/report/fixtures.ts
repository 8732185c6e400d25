// In-memory inspections for the report format tests: real rules over literal bytes, no network.
import type { Exchange } from '../../src/exchange';
import type { Finding, Rule, Severity } from '../../src/engine/rule';
import { evaluateRules } from '../../src/engine/run';
import type { Inspection, ReportContext } from '../../src/report/format';
import { allRules } from '../../rules/index';
import { exchangeOf } from '../helpers/exchange';

export const DATE = 'Sun, 22 Nov 2026 04:56:39 GMT';

/** A 204 that carries Content-Length: 5 and five body bytes: two error findings. */
export function bad204(date = DATE, url = 'http://127.0.0.1:8080/items/1', padding = ''): Exchange {
  return exchangeOf({
    method: 'DELETE',
    url,
    response: `HTTP/1.1 204 No Content\r\nDate: ${date}\r\n${padding}Content-Length: 5\r\n\r\nhello`,
  });
}

/** A well-formed 200 JSON response. */
export function clean200(url = 'http://127.0.0.1:8080/health'): Exchange {
  const body = '{"ok":true}';
  return exchangeOf({
    url,
    response: `HTTP/1.1 200 OK\r\nDate: ${DATE}\r\nCache-Control: no-store\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
  });
}

/** A 200 with only warning and info findings (no Date, no caching headers, text without charset). */
export function sloppy200(url = 'http://127.0.0.1:8080/readme'): Exchange {
  return exchangeOf({ url, response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi' });
}

/** A connection refused before any byte arrived. */
export function refused(url = 'http://127.0.0.1:9/down'): Exchange {
  const exchange = exchangeOf({ url, response: '' });
  return { ...exchange, response: undefined, interim: [], anomalies: [], error: { code: 'REFUSED', message: 'connection refused by 127.0.0.1:9' } };
}

export function inspectionOf(exchanges: Exchange[], rules: readonly Rule[] = allRules): Inspection {
  return { exchanges, ...evaluateRules(exchanges, rules, { settings: new Map(), maxBody: 1 << 20 }) };
}

/** An inspection whose findings are given literally (for escaping and secret tests). */
export function inspectionWithFindings(exchange: Exchange, findings: Array<Partial<Finding> & { ruleId: string; severity: Severity }>): Inspection {
  return {
    exchanges: [exchange],
    notEvaluated: [[]],
    findings: [findings.map((f) => ({ message: 'a message', evidence: '', location: null, ...f }))],
  };
}

export function contextOf(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    tool: { name: 'httpinspect', version: '0.1.0' },
    rules: allRules,
    failOn: 'error',
    showSecrets: false,
    ...overrides,
  };
}
