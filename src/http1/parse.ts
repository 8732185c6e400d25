// Turns received bytes into the response side of an Exchange. Pure; never throws on bad input.
import type { Anomaly, ByteRange, Exchange, RequestMessage, ResponseMessage } from '../exchange';
import { ResponseFramer } from './framer';

export interface ParsedResponse {
  interim: ResponseMessage[];
  response?: ResponseMessage;
  extra?: ByteRange;
  anomalies: Anomaly[];
}

export const DEFAULT_MAX_HEADER_BYTES = 64 * 1024;

/** Reads the result out of a framer that has seen every byte (and `end()`). */
export function responseFromFramer(framer: ResponseFramer): ParsedResponse {
  const messages = framer.messages;
  const last = messages[messages.length - 1];
  const lastIsFinal = last !== undefined && !(last.status >= 100 && last.status < 200 && last.status !== 101);
  const interim = lastIsFinal ? messages.slice(0, -1) : messages.slice();
  const response = lastIsFinal ? last : undefined;
  let extra: ByteRange | undefined;
  if (framer.finalComplete && framer.finalEnd !== undefined && framer.total > framer.finalEnd) {
    extra = { offset: framer.finalEnd, length: framer.total - framer.finalEnd };
  }
  return { interim, response, extra, anomalies: framer.anomalies };
}

/** Parses a complete capture in one go: the same framer the live capture uses, fed everything at once. */
export function parseResponse(received: Buffer, method: string, maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES): ParsedResponse {
  const framer = new ResponseFramer({ method, maxHeaderBytes });
  framer.push(received);
  framer.end();
  return responseFromFramer(framer);
}

/** An Exchange from saved bytes (a raw file, a test): the request as sent, the response as received, no timings. */
export function exchangeFromBytes(input: {
  url: URL;
  request: RequestMessage;
  sent: Buffer;
  received: Buffer;
  source?: Exchange['source'];
  maxHeaderBytes?: number;
  /** The method that decides framing (HEAD: no body), when it is not the request's own. */
  framingMethod?: string;
}): Exchange {
  const parsed = parseResponse(input.received, input.framingMethod ?? input.request.method, input.maxHeaderBytes);
  const scheme = input.url.protocol === 'https:' ? 'https' : 'http';
  return {
    ...(input.source ? { source: input.source } : {}),
    url: input.url.href,
    target: { scheme, host: input.url.hostname, port: Number(input.url.port || (scheme === 'https' ? 443 : 80)) },
    request: input.request,
    sent: input.sent,
    received: input.received,
    receivedTotal: input.received.length,
    interim: parsed.interim,
    response: parsed.response,
    extra: parsed.extra,
    anomalies: parsed.anomalies,
    timings: { total: 0 },
  };
}
