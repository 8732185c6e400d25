// The fuzz harness: one raw loopback server that plays each case's bytes, and the checks every case must
// pass — in-process (capture → rules → text, -v, JSON) and through the real CLI. A failure is a string
// naming the seed and case, so `npm run fuzz -- --seed S --case I` replays it.
import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { Chalk } from 'chalk';
import { allRules } from '../../rules/index';
import { captureExchange, type CaptureOptions } from '../../src/capture/http1';
import { exitCodeOf } from '../../src/cli/inspectCommand';
import { runRules } from '../../src/engine/run';
import type { Exchange } from '../../src/exchange';
import { UNSAFE, visible } from '../../src/text/escape';
import { renderJson } from '../../src/report/json';
import { renderText } from '../../src/report/text';
import { renderVerbose } from '../../src/report/verbose';
import { AUTH_SECRET, caseOf, type FuzzCase } from './cases';

const LIMITS = { connectTimeout: 1000, tlsTimeout: 1000, firstByteTimeout: 1000, idleTimeout: 300, maxTime: 2500, extrasTimeout: 30 };
/** A case taking longer than this (beyond its own -m) is a hang. */
const HANG_SLACK = 1500;

export interface FuzzServer {
  port: number;
  register(c: FuzzCase): void;
  close(): Promise<void>;
}

/** Serves case N at /c/N; a connection that opens with a TLS ClientHello gets the (one) pending https case. */
export async function fuzzServer(): Promise<FuzzServer> {
  const cases = new Map<number, FuzzCase>();
  const sockets = new Set<Socket>();
  let tlsCase: FuzzCase | undefined;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    const onData = (chunk: Buffer) => {
      if (head === '' && chunk[0] === 0x16 && tlsCase) {
        socket.off('data', onData);
        void play(socket, tlsCase);
        return;
      }
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      const index = Number(/ \/c\/(\d+) /.exec(head)?.[1] ?? -1);
      const c = cases.get(index);
      cases.delete(index); // each case is requested once; keeping them all would grow with the run
      if (c) void play(socket, c);
      else socket.destroy();
    };
    socket.on('data', onData);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    register(c) {
      if (c.scheme === 'https') tlsCase = c;
      else cases.set(c.index, c);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function play(socket: Socket, c: FuzzCase): Promise<void> {
  for (const piece of c.pieces) {
    if (socket.destroyed) return;
    socket.write(piece);
    await new Promise((r) => setTimeout(r, 1));
  }
  if (c.ending === 'end') socket.end();
  else if (c.ending === 'reset') socket.resetAndDestroy();
  // 'hold': the client's own timeouts must end it.
}

export function captureOptionsOf(c: FuzzCase): CaptureOptions {
  return { version: 'fuzz', ...LIMITS, ...c.limits, insecure: true };
}

const chalk = new Chalk({ level: 0 });

function inert(name: string, output: string): string | undefined {
  const bad = output.replace(/\n/g, '').match(UNSAFE);
  if (bad) return `${name} output contains a raw control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
  if (output.includes(AUTH_SECRET)) return `${name} output leaks the Authorization secret`;
  return undefined;
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'hang'>((r) => (timer = setTimeout(() => r('hang'), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Runs one case in-process; returns what went wrong, or undefined. */
export async function checkInProcess(server: FuzzServer, c: FuzzCase): Promise<string | undefined> {
  server.register(c);
  const options = captureOptionsOf(c);
  const url = new URL(`${c.scheme}://127.0.0.1:${server.port}/c/${c.index}`);
  let exchange: Exchange | 'hang';
  try {
    exchange = await withDeadline(captureExchange({ url, method: c.method, headers: c.requestHeaders, body: c.method === 'POST' ? Buffer.from('a=1') : undefined }, options), options.maxTime + HANG_SLACK);
  } catch (err) {
    return `captureExchange threw: ${err instanceof Error ? err.stack : String(err)}`;
  }
  if (exchange === 'hang') return `captureExchange did not finish within ${options.maxTime + HANG_SLACK} ms`;
  // Boundedness, with room for a loaded machine (the 100 ms precision is test/hostile/timeouts' job).
  if (exchange.timings.total > options.maxTime + 500) return `took ${exchange.timings.total.toFixed(0)} ms, past -m ${options.maxTime} ms`;
  const kept = options.maxHeaderBytes + options.maxBody + 64 * 1024;
  if (exchange.received.length > kept) return `kept ${exchange.received.length} bytes in memory, more than the ${kept} allowed`;
  try {
    const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: options.maxBody });
    const failed = findings[0]!.find((f) => f.ruleId === 'internal/rule-failed');
    if (failed) return failed.message;
    const inspections = [{ exchanges: [exchange], findings, notEvaluated: [[]] }];
    const context = { tool: { name: 'httpinspect', version: 'fuzz' }, rules: allRules, failOn: 'error' as const, showSecrets: false };
    const text = renderText(inspections, { ...context, chalk, width: 120 });
    const verbose = renderVerbose(exchange, { chalk, showSecrets: false, maxShown: 64 * 1024 });
    const json = renderJson(inspections, context);
    const report = JSON.parse(json) as { exchanges: unknown[] };
    if (report.exchanges.length !== 1) return 'the JSON report does not hold the exchange';
    if (json.includes(AUTH_SECRET)) return 'JSON output leaks the Authorization secret';
    const code = exitCodeOf(inspections, 'error');
    if (![0, 1, 3].includes(code)) return `exit code ${code}`;
    return inert('text', text) ?? inert('-v', verbose);
  } catch (err) {
    return `reporting threw: ${err instanceof Error ? err.stack : String(err)}`;
  }
}

/** Runs one case through the built CLI (bin/httpinspect.js); returns what went wrong, or undefined. */
export async function checkCli(server: FuzzServer, c: FuzzCase, bin: string, mode: 'text' | 'verbose' | 'json'): Promise<string | undefined> {
  server.register(c);
  const url = `${c.scheme}://127.0.0.1:${server.port}/c/${c.index}`;
  const args = [bin, url, '-X', c.method, '-k', '-m', `${LIMITS.maxTime}ms`, '--idle-timeout', `${LIMITS.idleTimeout}ms`, '--extras-timeout', `${LIMITS.extrasTimeout}ms`,
    '--max-body', String(c.limits.maxBody), '--max-header-size', String(c.limits.maxHeaderBytes), ...(c.limits.maxTotalBytes ? ['--max-total-size', String(c.limits.maxTotalBytes)] : []),
    ...c.requestHeaders.flatMap(([n, v]) => ['-H', `${n}: ${v}`]), ...(mode === 'json' ? ['--json'] : mode === 'verbose' ? ['-v'] : [])];
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string } | 'hang'>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('hang');
    }, LIMITS.maxTime + 5000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  if (result === 'hang') return 'the CLI did not finish';
  if (![0, 1, 3].includes(result.code ?? -1)) return `the CLI exited ${result.code}: ${result.stderr.slice(0, 500)}`;
  if (/internal error|\bat .*:\d+:\d+/.test(result.stderr)) return `the CLI printed an internal error: ${result.stderr.slice(0, 500)}`;
  if (mode === 'json') {
    try {
      JSON.parse(result.stdout);
    } catch {
      return 'the CLI printed JSON that does not parse';
    }
    if (result.stdout.includes(AUTH_SECRET)) return 'JSON output leaks the Authorization secret';
    return inert('stderr', result.stderr);
  }
  return inert('stdout', result.stdout) ?? inert('stderr', result.stderr);
}

export interface FuzzRun {
  seed: number;
  cases: number;
  failures: string[];
}

/** Runs cases [from, from + count) of a seed in-process, `concurrency` at a time (https cases one at a time). */
export async function fuzzInProcess(seed: number, count: number, options: { from?: number; concurrency?: number; onProgress?: (done: number) => void } = {}): Promise<FuzzRun> {
  const server = await fuzzServer();
  const failures: string[] = [];
  const from = options.from ?? 0;
  let next = from;
  let done = 0;
  let tlsBusy = Promise.resolve();
  const worker = async () => {
    while (next < from + count) {
      const c = caseOf(seed, next++);
      let problem: string | undefined;
      if (c.scheme === 'https') {
        // One pending https case at a time: the server cannot tell ClientHellos apart.
        const turn = tlsBusy.then(() => checkInProcess(server, c));
        tlsBusy = turn.then(() => undefined, () => undefined);
        problem = await turn;
      } else {
        problem = await checkInProcess(server, c);
      }
      if (problem) failures.push(describeFailure(seed, c, problem));
      options.onProgress?.(++done);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  } finally {
    await server.close();
  }
  return { seed, cases: count, failures };
}

export function describeFailure(seed: number, c: FuzzCase, problem: string): string {
  return `FUZZ FAILURE seed=${seed} case=${c.index} [${c.scheme} ${c.method}, ${visible(c.recipe.join('; '))}, ending ${c.ending}]: ${visible(problem)}\n  replay: npm run fuzz -- --seed ${seed} --case ${c.index}`;
}
