// HTTP/2 exchanges from literal server frames, so http2 rule tests read like the wire.
import type { Exchange } from '../../src/exchange';
import { exchangeFromH2Bytes } from '../../src/http2/fromBytes';
import { serverSettings, settingsAck } from '../../src/lab/h2/frames';

/** The server's frames after its SETTINGS and ACK (pass `raw: true` to give every byte yourself). */
export function h2ExchangeOf(frames: Buffer[], options: { method?: string; raw?: boolean; url?: string } = {}): Exchange {
  const received = options.raw ? frames : [serverSettings(), settingsAck(), ...frames];
  return exchangeFromH2Bytes({ url: new URL(options.url ?? 'https://127.0.0.1:8443/resource'), spec: { method: options.method ?? 'GET' }, received: Buffer.concat(received) });
}
