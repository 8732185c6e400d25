// The replay machinery: the plan taken from an Exchange, the one-shot loopback server, curl's result parsing,
// and the absence of a client that is not installed.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientReactions, reactionsOf } from '../../src/clients/index';
import { curlArgs, curlResult, curlRunner } from '../../src/clients/curlClient';
import type { ClientRunner } from '../../src/clients/reaction';
import { replayPlanOf } from '../../src/clients/replayPlan';
import { requestComplete, startReplayServer } from '../../src/clients/replayServer';
import { exchangeOf } from '../helpers/exchange';

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nhello\n';

/** Sends a request to `url` over a raw socket and returns every byte until the server ends, with how it ended. */
function rawRequest(url: string, request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'): Promise<{ bytes: Buffer; ms: number; ended: 'end' | 'reset' }> {
  const { port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    let ended: 'end' | 'reset' = 'end';
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNRESET') ended = 'reset';
    });
    socket.on('close', () => resolve({ bytes: Buffer.concat(chunks), ms: performance.now() - started, ended }));
  });
}

describe('replay plan', () => {
  it('replays every received byte, interim and extra included, with the same method', () => {
    const response = `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\nhello`;
    const plan = replayPlanOf(exchangeOf({ method: 'DELETE', response }))!;
    expect(plan.bytes.toString('latin1')).toBe(response);
    expect(plan).toMatchObject({ method: 'DELETE', end: 'close', truncated: false, body: undefined });
  });

  it('carries the request body so a POST is replayed as a POST with its body', () => {
    const plan = replayPlanOf(exchangeOf({ method: 'POST', requestBody: 'name=x', response: OK }))!;
    expect(plan.method).toBe('POST');
    expect(plan.body?.toString()).toBe('name=x');
  });

  it('holds the connection when the server ignored Connection: close, resets when it reset', () => {
    const held = exchangeOf({ response: OK });
    held.anomalies.push({ id: 'connection-close-ignored', detail: 'kept open' });
    expect(replayPlanOf(held)!.end).toBe('hold');
    const silent = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc' });
    silent.error = { code: 'TIMEOUT_IDLE', message: 'silence' };
    expect(replayPlanOf(silent)!.end).toBe('hold');
    const reset = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc' });
    reset.error = { code: 'RESET', message: 'reset' };
    expect(replayPlanOf(reset)!.end).toBe('reset');
  });

  it('says when the capture kept fewer bytes than it counted, and has nothing to replay without bytes', () => {
    const cut = exchangeOf({ response: OK });
    cut.receivedTotal = 10_000;
    expect(replayPlanOf(cut)!.truncated).toBe(true);
    const none = exchangeOf({ response: '' });
    expect(replayPlanOf(none)).toBeUndefined();
  });
});

describe('replay server', () => {
  it('answers a request with exactly the captured bytes and closes', async () => {
    const bytes = Buffer.from('HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhel\x00lo', 'latin1');
    const server = await startReplayServer({ bytes, end: 'close', holdMs: 1000 });
    try {
      const got = await rawRequest(server.url);
      expect(got.bytes.equals(bytes)).toBe(true);
      expect(got.ended).toBe('end');
      expect(got.ms).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });

  it('holds the connection open for the hold window, then closes', async () => {
    const server = await startReplayServer({ bytes: Buffer.from(OK), end: 'hold', holdMs: 300 });
    try {
      const got = await rawRequest(server.url);
      expect(got.bytes.toString()).toBe(OK);
      expect(got.ms).toBeGreaterThanOrEqual(280);
    } finally {
      await server.close();
    }
  });

  it('resets the connection when the real server reset it', async () => {
    const server = await startReplayServer({ bytes: Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc'), end: 'reset', holdMs: 1000 });
    try {
      expect((await rawRequest(server.url)).ended).toBe('reset');
    } finally {
      await server.close();
    }
  });

  it('waits for the whole request (head and body) before answering', () => {
    expect(requestComplete(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n'))).toBe(false);
    expect(requestComplete(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(true);
    expect(requestComplete(Buffer.from('POST / HTTP/1.1\r\ncontent-length: 6\r\n\r\nname='))).toBe(false);
    expect(requestComplete(Buffer.from('POST / HTTP/1.1\r\ncontent-length: 6\r\n\r\nname=x'))).toBe(true);
    expect(requestComplete(Buffer.from('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nname=x\r\n'))).toBe(false);
    expect(requestComplete(Buffer.from('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nname=x\r\n0\r\n\r\n'))).toBe(true);
  });

  it('answers anyway when the client never finishes its request', async () => {
    const server = await startReplayServer({ bytes: Buffer.from(OK), end: 'close', holdMs: 1000, requestWaitMs: 100 });
    try {
      const got = await rawRequest(server.url, 'GET / HTTP/1.1\r\nHost: x\r\n');
      expect(got.bytes.toString()).toBe(OK);
    } finally {
      await server.close();
    }
  });
});

describe('curl', () => {
  it('sends HEAD with -I (never -X HEAD, which waits for a body) and other methods with -X', () => {
    const head = curlArgs({ url: 'http://127.0.0.1:1/', method: 'HEAD', timeoutMs: 5000 });
    expect(head).toContain('-I');
    expect(head).not.toContain('HEAD');
    const post = curlArgs({ url: 'http://127.0.0.1:1/', method: 'POST', body: Buffer.from('x'), timeoutMs: 2500 });
    expect(post.join(' ')).toContain('-X POST --data-binary @-');
    expect(post.join(' ')).toContain('--max-time 3');
    expect(post.join(' ')).toContain('--noproxy *');
  });

  it('reads the outcome from the exit code, the status line of -w and the first stderr line', () => {
    expect(curlResult({ code: 0, stdout: '200 6', stderr: '' }, 5000)).toEqual({ outcome: 'ok', detail: '200, 6 body bytes', status: 200, code: null });
    expect(curlResult({ code: 8, stdout: '200 0', stderr: 'curl: (8) Header without colon\n' }, 5000)).toEqual({
      outcome: 'error',
      detail: 'exit 8: Header without colon',
      status: 200,
      code: 'exit 8',
    });
    expect(curlResult({ code: 28, stdout: '000 0', stderr: 'curl: (28) Operation timed out\n' }, 5000).outcome).toBe('timeout');
    expect(curlResult({ code: 1, stdout: '000 0', stderr: 'curl: (1) Received HTTP/0.9 when not allowed\n' }, 5000).status).toBeNull();
  });

  it('is left out when the binary is not installed', async () => {
    const missing = curlRunner('/nonexistent/bin/curl');
    expect(await missing.version()).toBeUndefined();
    const fake: ClientRunner = { name: 'fake', version: async () => '1.0', run: async () => ({ outcome: 'ok', detail: 'fine', status: 200, code: null }) };
    const exchange = exchangeOf({ response: OK });
    const reactions = await clientReactions([exchange], { runners: [fake, missing] });
    expect(reactions.get(exchange)!.map((r) => r.name)).toEqual(['fake']);
  });

  it('the default clients leave curl out when --clients cannot find it, and keep undici and Node fetch', async () => {
    const exchange = exchangeOf({ response: OK });
    const reactions = await clientReactions([exchange], { curlPath: '/nonexistent/bin/curl' });
    expect(reactions.get(exchange)!.map((r) => r.name)).toEqual(['undici', 'Node fetch']);
  });
});

describe('bounded', () => {
  it('a client still waiting when its time is up is reported as a timeout, and the replay stops', async () => {
    // The server went silent after 3 of 100 body bytes and held the connection: every client waits for more.
    const exchange = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc' });
    exchange.error = { code: 'TIMEOUT_IDLE', message: 'silence' };
    const started = performance.now();
    const reactions = await reactionsOf(exchange, { timeoutMs: 300, holdMs: 10_000 });
    expect(reactions!.map((r) => [r.name, r.outcome])).toEqual([
      ['undici', 'timeout'],
      ['Node fetch', 'timeout'],
      ['curl', 'timeout'],
    ]);
    expect(reactions!.find((r) => r.name === 'curl')!.code).toBe('exit 28');
    // curl's --max-time counts whole seconds (1 s at least); nothing waits for the 10 s hold.
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

describe('a runner that fails', () => {
  it('becomes an error entry, never a crash', async () => {
    const broken: ClientRunner = { name: 'broken', version: async () => '0', run: async () => { throw new Error('boom'); } };
    const reactions = await reactionsOf(exchangeOf({ response: OK }), { runners: [broken] });
    expect(reactions).toEqual([{ name: 'broken', version: '0', outcome: 'error', detail: 'could not run: boom', status: null, code: null }]);
  });
});
