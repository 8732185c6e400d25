// Shared pieces of the hostile-server tests: capture options with short limits, and a request for a URL.
import type { CaptureOptions } from '../../src/capture/http1';
import type { RequestSpec } from '../../src/http1/request';

export function captureOptions(overrides: Partial<CaptureOptions> = {}): CaptureOptions {
  return {
    version: 'test',
    connectTimeout: 5000,
    tlsTimeout: 5000,
    firstByteTimeout: 5000,
    idleTimeout: 5000,
    maxTime: 10_000,
    extrasTimeout: 50,
    maxHeaderBytes: 64 * 1024,
    maxBody: 10 * 1024 * 1024,
    insecure: true,
    ...overrides,
  };
}

export function get(url: string, method = 'GET', headers: Array<[string, string]> = []): RequestSpec {
  return { url: new URL(url), method, headers };
}

/** Resolves after `ms`; for servers that pace their bytes. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
