// Hostile HTTP/2 servers over a real h2c socket: floods, endless header blocks, HPACK bombs and endless
// bodies all end in a report within the limits, with bounded memory — never a hang.
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { captureExchange } from '../../src/capture/http1';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';
import { data, encodeFrame, headers, serverSettings, settingsAck } from '../../src/lab/h2/frames';
import { encodeBlock } from '../../src/http2/hpackEncoder';
import { h2Server, type H2TestServer } from '../helpers/h2Server';
import { captureOptions, get } from './helpers';

const servers: H2TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** Writes `head`, then `piece` again and again (respecting backpressure) until the client goes away. */
async function endless(head: Buffer[], piece: () => Buffer): Promise<string> {
  const s = await h2Server((socket: Socket) => {
    socket.write(Buffer.concat(head));
    const pump = () => {
      while (!socket.destroyed && socket.write(piece()));
    };
    socket.on('drain', pump);
    pump();
  });
  servers.push(s);
  return s.url;
}

const h2c = (overrides = {}) => captureOptions({ protocol: 'h2c', maxTime: 3000, ...overrides });
const ids = (e: Parameters<typeof runRules>[0][number]) => runRules([e], allRules, { settings: new Map(), maxBody: 1 << 20 })[0]!.map((f) => f.ruleId);
const preface = [serverSettings(), settingsAck()];

describe('hostile HTTP/2 servers', () => {
  it('an endless run of zero-length CONTINUATION frames ends at the per-block frame limit', async () => {
    const url = await endless([...preface, headers([[':status', '200']], { endHeaders: false })], () => Buffer.concat(Array.from({ length: 200 }, () => encodeFrame(9, 0, 1))));
    const started = Date.now();
    const e = await captureExchange(get(url), h2c());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.error?.code).toBe('LIMIT');
    expect(ids(e)).toContain('http2/frame-flood');
  });

  it('an endless header block of full CONTINUATION frames stops at --max-header-size', async () => {
    const url = await endless([...preface, headers([[':status', '200']], { endHeaders: false })], () => encodeFrame(9, 0, 1, Buffer.alloc(16384, 0x82)));
    const e = await captureExchange(get(url), h2c({ maxHeaderBytes: 32 * 1024 }));
    expect(e.error?.code).toBe('LIMIT');
    expect(ids(e)).toContain('framing/header-section-too-large');
    expect(e.received.length).toBeLessThan(1024 * 1024);
  });

  it('a SETTINGS flood ends with a finding, not a hang', async () => {
    const settings = Buffer.concat(Array.from({ length: 200 }, () => serverSettings()));
    const url = await endless(preface, () => settings);
    const e = await captureExchange(get(url), h2c());
    expect(ids(e)).toContain('http2/frame-flood');
    // Each SETTINGS was acknowledged until the limit.
    expect(e.h2!.frames.filter((f) => f.direction === 'sent' && f.type === 'SETTINGS' && f.flags === 1).length).toBeGreaterThan(900);
  });

  it('an HPACK bomb (one big entry indexed again and again) stops at the decoded-list limit', async () => {
    const big = encodeBlock([{ name: 'x-bomb', value: 'b'.repeat(4000), representation: 'literal-with-indexing', huffman: false }]);
    const block = Buffer.concat([Buffer.from([0x88]), big, Buffer.alloc(8000, 0xbe)]);
    const s = await h2Server((socket) => socket.write(Buffer.concat([...preface, encodeFrame(1, 0x05, 1, block.subarray(0, 16000))])));
    servers.push(s);
    const e = await captureExchange(get(s.url), h2c({ maxHeaderBytes: 64 * 1024 }));
    expect(ids(e)).toContain('http2/hpack-error');
    expect(e.error?.code).toBe('LIMIT');
  });

  it('an endless body ends at -m with the memory limit respected', async () => {
    const chunk = data(Buffer.alloc(16384, 0x61), { endStream: false });
    const url = await endless([...preface, headers([[':status', '200'], ['content-type', 'text/plain']])], () => chunk);
    const started = Date.now();
    const e = await captureExchange(get(url), h2c({ maxTime: 1000, maxBody: 64 * 1024 }));
    expect(Date.now() - started).toBeLessThan(2500);
    expect(e.error?.code).toBe('TIMEOUT_TOTAL');
    expect(e.received.length).toBeLessThanOrEqual(64 * 1024 + 64 * 1024 + 64 * 1024);
    expect(e.receivedTotal).toBeGreaterThan(e.received.length);
  });
});
