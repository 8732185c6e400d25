// curl, when installed: run against the replay server, reporting its exit code and first error line.
import type { ClientResult, ClientRunner, ReplayRequest } from './reaction';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the binary could not be started at all (not installed). */
  spawnError?: string;
}

async function execute(binary: string, args: string[], input: Buffer | undefined, timeoutMs: number): Promise<Run> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // Our own limit on top of --max-time: a curl that hangs is killed, never waited for forever.
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs + 2000, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('latin1').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('latin1').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.on('error', (err) => resolve({ code: null, stdout, stderr, spawnError: err.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

export function curlArgs(request: ReplayRequest): string[] {
  const args = ['-q', '--noproxy', '*', '-sS', '-o', '/dev/null', '-w', '%{http_code} %{size_download}'];
  args.push('--max-time', String(Math.max(1, Math.ceil(request.timeoutMs / 1000))));
  // -X HEAD would make curl wait for a body; -I is how curl sends HEAD.
  if (request.method === 'HEAD') args.push('-I');
  else args.push('-X', request.method);
  if (request.body) args.push('--data-binary', '@-');
  args.push(request.url);
  return args;
}

/** The result for a finished curl run. Exit 28 is curl's timeout. */
export function curlResult(run: Pick<Run, 'code' | 'stdout' | 'stderr'>, timeoutMs: number): ClientResult {
  const [statusText, sizeText] = run.stdout.trim().split(' ');
  const status = Number(statusText) > 0 ? Number(statusText) : null;
  if (run.code === 0) return { outcome: 'ok', detail: `${status ?? '?'}, ${Number(sizeText) || 0} body byte${Number(sizeText) === 1 ? '' : 's'}`, status, code: null };
  if (run.code === null) return { outcome: 'timeout', detail: `killed after ${timeoutMs} ms`, status, code: null };
  const line = (run.stderr.split('\n').find((l) => l.trim() !== '') ?? '').replace(/^curl: \(\d+\)\s*/, '').trim();
  const code = `exit ${run.code}`;
  return { outcome: run.code === 28 ? 'timeout' : 'error', detail: line ? `${code}: ${line}` : code, status, code };
}

// Per transfer, on its own line: status, body bytes, curl's exit code and error message for that transfer.
const PER_TRANSFER = '%{http_code} %{size_download} %{exitcode} %{errormsg}\n';

/** Two transfers in one curl run (`--next`), which reuses the connection as curl does for one host. */
export function curlPairArgs(first: ReplayRequest, second: ReplayRequest): string[] {
  const one = (request: ReplayRequest) => curlArgs(request).map((arg, i, all) => (all[i - 1] === '-w' ? PER_TRANSFER : arg));
  return [...one(first), '--next', ...one(second).slice(1)];
}

/** The result of one transfer from its PER_TRANSFER line. */
export function curlTransferResult(line: string | undefined): ClientResult {
  const m = /^(\d{3}) (\d+) (\d+) ?(.*)$/.exec(line?.trim() ?? '');
  if (!m) return { outcome: 'error', detail: 'no result (curl stopped before this transfer)', status: null, code: null };
  const status = Number(m[1]) > 0 ? Number(m[1]) : null;
  const exit = Number(m[3]);
  if (exit === 0) return { outcome: 'ok', detail: `${status ?? '?'}, ${Number(m[2])} body byte${Number(m[2]) === 1 ? '' : 's'}`, status, code: null };
  const code = `exit ${exit}`;
  return { outcome: exit === 28 ? 'timeout' : 'error', detail: m[4] ? `${code}: ${m[4]}` : code, status, code };
}

export function curlRunner(binary = 'curl'): ClientRunner {
  return {
    name: 'curl',
    async version() {
      const run = await execute(binary, ['--version'], undefined, 3000);
      if (run.spawnError || run.code !== 0) return undefined;
      return /^curl (\S+)/.exec(run.stdout)?.[1] ?? 'unknown';
    },
    async run(request) {
      const run = await execute(binary, curlArgs(request), request.body, request.timeoutMs);
      if (run.spawnError) return { outcome: 'error', detail: `could not run ${binary}: ${run.spawnError}`, status: null, code: null };
      return curlResult(run, request.timeoutMs);
    },
    async runTwice(first, second) {
      const run = await execute(binary, curlPairArgs(first, second), first.body, first.timeoutMs + second.timeoutMs);
      if (run.spawnError) {
        const failed: ClientResult = { outcome: 'error', detail: `could not run ${binary}: ${run.spawnError}`, status: null, code: null };
        return [failed, failed];
      }
      if (run.code === null) {
        const killed: ClientResult = { outcome: 'timeout', detail: 'killed: curl did not finish', status: null, code: null };
        return [killed, killed];
      }
      const lines = run.stdout.split('\n');
      return [curlTransferResult(lines[0]), curlTransferResult(lines[1])];
    },
  };
}
