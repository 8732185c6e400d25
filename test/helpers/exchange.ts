// Builds Exchanges from literal bytes, so rule tests read like the wire.
import type { Exchange } from '../../src/exchange';
import { exchangeFromBytes } from '../../src/http1/parse';
import { serializeRequest } from '../../src/http1/request';
import type { Finding, Rule } from '../../src/engine/rule';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';

export interface ExchangeInput {
  method?: string;
  url?: string;
  requestHeaders?: Array<[string, string]>;
  requestBody?: string;
  /** The raw response bytes; a string is taken as latin1. */
  response: string | Buffer;
}

export function exchangeOf(input: ExchangeInput): Exchange {
  const url = new URL(input.url ?? 'http://127.0.0.1:8080/resource');
  const method = input.method ?? 'GET';
  const { bytes, message } = serializeRequest(
    { url, method, headers: input.requestHeaders ?? [], body: input.requestBody === undefined ? undefined : Buffer.from(input.requestBody) },
    'test',
  );
  const received = typeof input.response === 'string' ? Buffer.from(input.response, 'latin1') : input.response;
  return exchangeFromBytes({ url, request: message, sent: bytes, received });
}

export function ruleById(id: string): Rule {
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Findings of one rule (by id) over the exchange(s). */
export function findingsOf(id: string, exchanges: Exchange | Exchange[], index?: number): Finding[] {
  const list = Array.isArray(exchanges) ? exchanges : [exchanges];
  const all = runRules(list, [ruleById(id)], { settings: new Map(), maxBody: 10 * 1024 * 1024 });
  return all[index ?? list.length - 1]!;
}

/** Ids of every rule that fires on the exchange (all rules). */
export function firedIds(exchange: Exchange): string[] {
  return [...new Set(runRules([exchange], allRules, { settings: new Map(), maxBody: 10 * 1024 * 1024 })[0]!.map((f) => f.ruleId))].sort();
}
