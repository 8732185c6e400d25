// Builds the exchanges of one probed inspection from literal bytes: the checked exchange first, then probe
// requests marked with the probe that sent them (rules read them through context.exchanges).
import type { Exchange, ProbeMark, ProbeSkip } from '../../src/exchange';
import { exchangeOf, type ExchangeInput } from './exchange';

export interface ProbedInput extends ExchangeInput {
  probe?: ProbeMark;
  probesSkipped?: ProbeSkip[];
  connection?: Exchange['connection'];
  /** A transport failure instead of a response. */
  error?: Exchange['error'];
}

export function probedExchanges(...inputs: ProbedInput[]): Exchange[] {
  return inputs.map((input) => {
    const exchange = exchangeOf(input);
    if (input.probe) exchange.probe = input.probe;
    if (input.probesSkipped) exchange.probesSkipped = input.probesSkipped;
    if (input.connection) exchange.connection = input.connection;
    if (input.error) {
      exchange.error = input.error;
      exchange.response = undefined;
    }
    return exchange;
  });
}

/** "HTTP/1.1 <status>\r\n<headers>\r\n\r\n<body>" with a Content-Length for the body unless given. */
export function wire(statusLine: string, headers: string[], body = ''): string {
  const framed = headers.some((h) => /^(content-length|transfer-encoding):/i.test(h));
  const lines = framed || body === '' ? headers : [...headers, `Content-Length: ${Buffer.byteLength(body, 'latin1')}`];
  return `${statusLine}\r\n${lines.map((h) => `${h}\r\n`).join('')}\r\n${body}`;
}

export const DATE = 'Date: Sun, 29 Nov 2026 12:00:00 GMT';
