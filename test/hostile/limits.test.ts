// Size limits: the header section, the body kept in memory, the total read, interim floods; and an
// endless body read by the real CLI with its peak memory watched from /proc.
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_INTERIM, captureExchange } from '../../src/capture/http1';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';
import { BIN } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';
import { captureOptions, get } from './helpers';

const servers: RawServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** Writes `head` once, then `piece` forever (respecting backpressure) until the client goes away. */
function endless(head: string, piece: Buffer | string): Promise<RawServer> {
  return rawServer((socket: Socket) => {
    socket.write(head);
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'latin1') : piece;
    const pump = () => {
      while (!socket.destroyed && socket.write(chunk));
    };
    socket.on('drain', pump);
    pump();
  }).then((s) => {
    servers.push(s);
    return s;
  });
}

const rulesOf = (exchange: Parameters<typeof runRules>[0][number], maxBody: number) =>
  runRules([exchange], allRules, { settings: new Map(), maxBody })[0]!.map((f) => f.ruleId);

describe('limits', () => {
  it('header section: reading stops past 64 KiB (the default) and says so', async () => {
    const s = await endless('HTTP/1.1 200 OK\r\n', `X-Pad: ${'a'.repeat(100)}\r\n`);
    const exchange = await captureExchange(get(s.url), captureOptions());
    expect(exchange.error?.code).toBe('LIMIT');
    expect(exchange.error?.message).toContain('--max-header-size');
    expect(exchange.receivedTotal).toBeGreaterThan(64 * 1024);
    expect(exchange.receivedTotal).toBeLessThan(64 * 1024 + 512 * 1024);
    expect(rulesOf(exchange, 1 << 20)).toContain('framing/header-section-too-large');
  });

  it('body: past --max-body bytes are counted for framing, not kept, and content rules do not misjudge the cut', async () => {
    const json = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => i) });
    const s = await rawServer((socket) => socket.end(`HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\nContent-Type: application/json\r\nContent-Length: ${json.length}\r\n\r\n${json}`));
    servers.push(s);
    const maxBody = 1024;
    const exchange = await captureExchange(get(s.url), captureOptions({ maxBody, maxHeaderBytes: 4096 }));
    expect(exchange.error).toBeUndefined();
    expect(exchange.response?.complete).toBe(true);
    expect(exchange.response?.contentLength).toBe(json.length);
    expect(exchange.received.length).toBeLessThanOrEqual(4096 + maxBody + 64 * 1024);
    expect(exchange.receivedTotal).toBeGreaterThan(exchange.received.length);
    // Not judged as broken JSON: at most a note that the body was too large to check.
    const findings = runRules([exchange], allRules, { settings: new Map(), maxBody })[0]!;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const f of findings) expect(f.message).toContain('--max-body');
  });

  it('total: --max-total-size stops an endless body at exactly that many bytes', async () => {
    const s = await endless('HTTP/1.1 200 OK\r\n\r\n', Buffer.alloc(16 * 1024, 0x61));
    const exchange = await captureExchange(get(s.url), captureOptions({ maxTotalBytes: 256 * 1024 }));
    expect(exchange.error?.code).toBe('LIMIT');
    expect(exchange.error?.message).toContain('--max-total-size');
    expect(exchange.receivedTotal).toBe(256 * 1024);
    expect(exchange.response?.status).toBe(200);
    expect(exchange.response?.complete).toBe(false);
  });

  it('an endless stream of 100 Continue responses stops with a limit, not an ever-growing list', async () => {
    const s = await endless('', 'HTTP/1.1 100 Continue\r\n\r\n');
    const exchange = await captureExchange(get(s.url), captureOptions());
    expect(exchange.error?.code).toBe('LIMIT');
    expect(exchange.error?.message).toContain('interim');
    // Checked per received chunk: at most one socket read (64 KiB) of 26-byte responses past the cap.
    expect(exchange.interim.length).toBeLessThanOrEqual(MAX_INTERIM + Math.ceil((64 * 1024) / 26));
  });

  it('an endless body through the CLI: stops at -m with the report, peak RSS flat (well under 150 MB)', async () => {
    const s = await endless(`HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nContent-Type: application/octet-stream\r\n\r\n`, Buffer.alloc(64 * 1024, 0x62));
    const child = spawn(process.execPath, [BIN, s.url, '-m', '2s', '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process just exited
      }
    }, 50);
    const code = await closed;
    clearInterval(poll);
    const ex = JSON.parse(stdout).exchanges[0];
    expect(ex.error.code, stderr).toBe('TIMEOUT_TOTAL');
    expect(ex.response.status).toBe(200);
    expect(ex.response.complete).toBe(false);
    expect(ex.receivedBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(code).toBe(0);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(150);
  });
});
