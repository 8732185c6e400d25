// The HTTP/2 clients for --clients: Node's http2 module (nghttp2), undici with allowH2, and curl --http2,
// each over TLS to the replay server, trusting only the lab's test certificate.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAB_CERTIFICATE } from '../lab/h2/testCertificate';
import { curlResult } from './curlClient';
import { okResult, type ClientResult, type ClientRunner, type ReplayRequest } from './reaction';
import { loadUndici } from './undiciClients';

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
}

const codeOf = (err: ErrorLike) => (typeof err.code === 'string' && err.code !== '' ? err.code : (err.name ?? 'Error'));

function bounded(request: ReplayRequest, attempt: (settle: (r: ClientResult) => void) => () => void): Promise<ClientResult> {
  return new Promise((resolve) => {
    let done = false;
    let cleanup: () => void = () => undefined;
    const settle = (r: ClientResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cleanup();
      resolve(r);
    };
    const timer = setTimeout(() => settle({ outcome: 'timeout', detail: `no complete response within ${request.timeoutMs} ms`, status: null, code: null }), request.timeoutMs);
    cleanup = attempt(settle);
  });
}

export const nodeHttp2Runner: ClientRunner = {
  name: 'Node http2',
  async version() {
    return process.versions.nghttp2 ? `${process.version} (nghttp2 ${process.versions.nghttp2})` : undefined;
  },
  run(request) {
    const { connect } = process.getBuiltinModule('node:http2');
    return bounded(request, (settle) => {
      const session = connect(request.url, { ca: LAB_CERTIFICATE, servername: 'localhost' });
      let status: number | null = null;
      const fail = (err: ErrorLike) => settle({ outcome: 'error', detail: `${codeOf(err)}: ${err.message ?? ''}`, status, code: codeOf(err) });
      session.on('error', fail);
      const stream = session.request({ ':method': request.method, ':path': new URL(request.url).pathname }, { endStream: !request.body });
      if (request.body) stream.end(request.body);
      let bytes = 0;
      stream.on('response', (headers) => (status = Number(headers[':status'])));
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('end', () => settle(status === null ? { outcome: 'error', detail: 'the stream ended without a response', status, code: null } : okResult(status, bytes)));
      stream.on('error', fail);
      return () => session.destroy();
    });
  },
};

export const undiciH2Runner: ClientRunner = {
  name: 'undici (allowH2)',
  async version() {
    const { createRequire } = await import('node:module');
    try {
      return (createRequire(import.meta.url)('undici/package.json') as { version: string }).version;
    } catch {
      return undefined;
    }
  },
  async run(request) {
    const { Agent, request: undiciRequest } = await loadUndici();
    const agent = new Agent({ allowH2: true, connect: { ca: LAB_CERTIFICATE, servername: 'localhost' }, headersTimeout: request.timeoutMs, bodyTimeout: request.timeoutMs });
    let status: number | null = null;
    try {
      return await bounded(request, (settle) => {
        void (async () => {
          try {
            const res = await undiciRequest(request.url, { method: request.method, body: request.body, dispatcher: agent });
            status = res.statusCode;
            let bytes = 0;
            for await (const chunk of res.body) bytes += (chunk as Buffer).length;
            settle(okResult(res.statusCode, bytes));
          } catch (err) {
            const e = (err ?? {}) as ErrorLike;
            settle({ outcome: 'error', detail: `throws ${codeOf(e)}: ${e.message ?? ''}`, status, code: codeOf(e) });
          }
        })();
        return () => undefined;
      });
    } finally {
      await agent.destroy().catch(() => undefined);
    }
  },
};

let caFile: string | undefined;
function labCaFile(): string {
  caFile ??= join(mkdtempSync(join(tmpdir(), 'httpinspect-replay-')), 'lab-ca.pem');
  writeFileSync(caFile, LAB_CERTIFICATE);
  return caFile;
}

export function curlH2Runner(binary = 'curl'): ClientRunner {
  return {
    name: 'curl --http2',
    async version() {
      const { spawnSync } = await import('node:child_process');
      const run = spawnSync(binary, ['--version'], { encoding: 'latin1', timeout: 3000 });
      if (run.status !== 0 || !/\bHTTP2\b/.test(run.stdout ?? '')) return undefined;
      return /^curl (\S+)/.exec(run.stdout)?.[1] ?? 'unknown';
    },
    async run(request) {
      const { spawn } = await import('node:child_process');
      const args = ['-q', '--noproxy', '*', '-sS', '--http2', '--cacert', labCaFile(), '--resolve', `localhost:${new URL(request.url).port}:127.0.0.1`, '-o', '/dev/null', '-w', '%{http_code} %{size_download}'];
      args.push('--max-time', String(Math.max(1, Math.ceil(request.timeoutMs / 1000))));
      if (request.method === 'HEAD') args.push('-I');
      else args.push('-X', request.method);
      if (request.body) args.push('--data-binary', '@-');
      args.push(request.url.replace('127.0.0.1', 'localhost'));
      return new Promise((resolve) => {
        const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: request.timeoutMs + 2000, killSignal: 'SIGKILL' });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('latin1').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('latin1').on('data', (d: string) => (stderr += d));
        child.stdin.on('error', () => undefined);
        child.on('error', (err) => resolve({ outcome: 'error', detail: `could not run ${binary}: ${err.message}`, status: null, code: null }));
        child.on('close', (code) => resolve(curlResult({ code, stdout, stderr }, request.timeoutMs)));
        child.stdin.end(request.body ?? Buffer.alloc(0));
      });
    },
  };
}
