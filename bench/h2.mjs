// npm run bench (HTTP/2 part): start-up of an h2c inspection against the HTTP/1.1 one (target ≤ 1.10×), and a
// 256 MiB body over h2c read with flat memory (peak RSS target < 150 MB). BENCH_H2_SIZE changes the size.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/httpinspect.js', import.meta.url));
const SERVER = fileURLToPath(new URL('./h2StreamServer.mjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SIZE = Number(process.env.BENCH_H2_SIZE ?? 256 * 2 ** 20);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function firstLine(child) {
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').once('data', (line) => resolve(line.split('\n')[0].trim()));
    child.once('error', reject);
    setTimeout(() => reject(new Error('did not start within 10 s')), 10_000).unref();
  });
}

function medianMs(cmd, args) {
  const samples = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = process.hrtime.bigint();
    spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    if (i >= 2) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Peak RSS (MB) of a command, polled from /proc (GNU time when present). */
function peakRss(cmd, args) {
  return new Promise((resolve) => {
    const time = '/usr/bin/time';
    const useTime = existsSync(time) && spawnSync(time, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
    const file = `${tmpdir()}/httpinspect-h2-rss-${process.pid}`;
    const child = useTime ? spawn(time, ['-f', '%M', '-o', file, cmd, ...args], { stdio: ['ignore', 'pipe', 'ignore'] }) : spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let polled = 0;
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    const poll = setInterval(() => {
      try {
        polled = Math.max(polled, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // exited
      }
    }, 20);
    const start = process.hrtime.bigint();
    child.on('close', () => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let kb = polled;
      if (useTime) {
        kb = Number(readFileSync(file, 'utf8').trim().split('\n').pop());
        rmSync(file, { force: true });
      }
      resolve({ mb: kb / 1024, ms, stdout });
    });
  });
}

export async function benchH2() {
  const h2cPort = await freePort();
  const lab = spawn(process.execPath, [BIN, 'lab', '--port', '0', '--h2c-port', String(h2cPort)], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await firstLine(lab);
    const h1 = medianMs(process.execPath, [BIN, `${url}/status/200`, '--fail-on', 'none']);
    const h2 = medianMs(process.execPath, [BIN, `http://127.0.0.1:${h2cPort}/scenario/h2-ok`, '--http2-prior-knowledge', '--fail-on', 'none']);
    console.log(`\nHTTP/2 start-up: median of ${RUNS} runs each\n`);
    console.log(`  httpinspect <loopback url> (HTTP/1.1)        ${h1.toFixed(1).padStart(8)} ms`);
    console.log(`  httpinspect --http2-prior-knowledge (h2c)    ${h2.toFixed(1).padStart(8)} ms`);
    console.log(`  h2c / HTTP/1.1   ${(h2 / h1).toFixed(2)}×  (target ≤ 1.10×) ${h2 / h1 <= 1.1 ? 'OK' : 'OVER TARGET'}`);
  } finally {
    lab.kill();
  }
  const server = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, H2_BENCH_SIZE: String(SIZE) } });
  try {
    const url = await firstLine(server);
    const r = await peakRss(process.execPath, [BIN, `${url}/`, '--http2-prior-knowledge', '--json', '-m', '600s', '--fail-on', 'none']);
    const ex = JSON.parse(r.stdout).exchanges[0];
    const whole = ex?.response?.bodySize === SIZE && ex.response.complete;
    const mib = SIZE / 2 ** 20;
    console.log(`\nlarge body over h2c: ${mib.toFixed(0)} MiB\n`);
    console.log(`  httpinspect --http2-prior-knowledge --json   ${r.ms.toFixed(0).padStart(7)} ms  ${(mib / (r.ms / 1000)).toFixed(0)} MiB/s  body ${whole ? 'read whole' : 'NOT READ WHOLE'}`);
    console.log(`  peak RSS ${r.mb.toFixed(1)} MB  (target < 150 MB) ${r.mb < 150 ? 'OK' : 'OVER TARGET'}`);
  } finally {
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchH2();
