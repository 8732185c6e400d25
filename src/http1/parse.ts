// Turns received bytes into the response side of an Exchange. Pure; never throws on bad input.
import type { Anomaly, ByteRange, ResponseMessage } from '../exchange';
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
