// What a capture needs to know: limits, timeouts, TLS trust and the protocol to speak.
import type { Protocol } from '../exchange';
import type { ConnectOptions } from '../transport/connect';

export interface CaptureOptions {
  version: string;
  /** DNS + TCP connect together (--connect-timeout), as curl's. */
  connectTimeout: number;
  /** TLS handshake (--tls-timeout). */
  tlsTimeout: number;
  /** Longest wait for the first response byte after the request was sent (--first-byte-timeout). */
  firstByteTimeout: number;
  /** Longest silence between two received bytes once the response started (--idle-timeout). */
  idleTimeout: number;
  /** The whole exchange, connection included (-m/--max-time). */
  maxTime: number;
  /** How long to wait for EOF (and catch stray bytes) after the final response is complete. */
  extrasTimeout: number;
  maxHeaderBytes: number;
  /** Body bytes kept in memory; beyond, bytes are counted for framing but not kept. */
  maxBody: number;
  /** Most bytes read from the socket in all (--max-total-size); unlimited when absent. */
  maxTotalBytes?: number;
  insecure: boolean;
  ca?: Buffer;
  /**
   * 'http/1.1' (default); 'h2': offer ALPN h2 and http/1.1 on https and use what the server picks;
   * 'h2c': HTTP/2 with prior knowledge on http (the caller sends http URLs without --http2-prior-knowledge as HTTP/1.1).
   */
  protocol?: Protocol;
  signal?: AbortSignal;
  /**
   * Called with every chunk the framer looks at, as it arrives (the proxy relays them to its client unchanged).
   * A promise returned pauses reading until it settles (backpressure from a slow client).
   */
  onReceived?: (chunk: Buffer) => void | Promise<void>;
  /** Test-only seams for the transport (see ConnectOptions). */
  lookup?: ConnectOptions['lookup'];
  createSocket?: ConnectOptions['createSocket'];
}

