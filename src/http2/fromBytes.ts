// An HTTP/2 Exchange from saved server bytes (tests, saved captures): the same session the live capture
// uses, fed everything at once. Pure.
import type { Exchange } from '../exchange';
import type { RequestSpec } from '../http1/request';
import { h2RequestOf } from './request';
import { DEFAULT_SESSION_OPTIONS, H2ClientSession } from './session';
import { responseOfSession } from './toExchange';

export function exchangeFromH2Bytes(input: { url: URL; spec?: Partial<RequestSpec>; received: Buffer | Buffer[]; maxHeaderBytes?: number }): Exchange {
  const spec: RequestSpec = { url: input.url, method: input.spec?.method ?? 'GET', headers: input.spec?.headers ?? [], body: input.spec?.body };
  const request = h2RequestOf(spec, '0.0.0');
  const session = new H2ClientSession({ ...DEFAULT_SESSION_OPTIONS, maxHeaderBytes: input.maxHeaderBytes ?? 64 * 1024, clock: () => 0 });
  session.info.droppedRequestFields = request.dropped;
  const sent = session.start(request.block, spec.body);
  const chunks = Array.isArray(input.received) ? input.received : [input.received];
  let kept = 0;
  for (const chunk of chunks) {
    if (session.stopped) break;
    session.receive(chunk);
    kept += chunk.length;
  }
  const received = Buffer.concat(chunks);
  const parsed = responseOfSession(session, spec.method);
  const scheme = input.url.protocol === 'https:' ? 'https' : 'http';
  return {
    protocol: scheme === 'https' ? 'h2' : 'h2c',
    unavailable: ['http1-syntax'],
    url: input.url.href,
    target: { scheme, host: input.url.hostname, port: Number(input.url.port || (scheme === 'https' ? 443 : 80)) },
    request: request.message,
    sent,
    received,
    receivedTotal: Math.max(kept, received.length),
    interim: parsed.interim,
    response: parsed.response,
    anomalies: parsed.anomalies,
    timings: { total: 0 },
    h2: session.info,
  };
}
