// npm run bench (last part): a 1 GiB body from a loopback server process, inspected by httpinspect.
// Reports the CLI's peak RSS (target < 150 MB: the body is counted, not kept) and its throughput as a ratio
// to `curl -s -o /dev/null` on the same body, measured in the same run. BENCH_BIG_SIZE / BENCH_BIG_RUNS
// change the size (1g, 256m, or bytes) and the number of runs (median).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/httpinspect.js', import.meta.url));
const SERVER = fileURLToPath(new URL('./streamServer.mjs', import.meta.url));
const SIZE = sizeOf(process.env.BENCH_BIG_SIZE ?? '1g');

/** "1g", "256m", "1048576" → bytes; anything else stops the benchmark with a clear message. */
function sizeOf(text) {
  const m = /^(\d+)([kmg]?)(i?b)?$/i.exec(text.trim());
  if (!m) throw new Error(`BENCH_BIG_SIZE must be a size such as 1g, 256m or 1048576, not "${text}"`);
  return Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
}
const RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const RSS_TARGET_MB = 150;
const TIME = '/usr/bin/time';

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8').once('data', (line) => resolve({ child, url: line.trim() }));
    child.once('error', reject);
    setTimeout(() => reject(new Error('the stream server did not start within 10 s')), 10_000).unref();
  });
}

/** Runs a command; returns wall ms and peak RSS (KB): from GNU time when present, else by polling /proc. */
export function measure(cmd, args) {
  return new Promise((resolve, reject) => {
    const useTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
    const rssFile = `${tmpdir()}/httpinspect-bench-rss-${process.pid}`;
    const [command, argv] = useTime ? [TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let polledKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKb = Math.max(polledKb, Number(m[1]));
      } catch {
        // exited between polls
      }
    }, 20);
    child.once('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let peakKb = polledKb;
      if (useTime) {
        peakKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        rmSync(rssFile, { force: true });
      }
      resolve({ code, ms, peakKb, stdout, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = SIZE / 2 ** 20;

export async function benchBigBody() {
  const { child, url } = await startServer();
  try {
    const target = `${url}/?size=${SIZE}`;
    console.log(`\nlarge body: ${mib.toFixed(0)} MiB from a loopback server process, median of ${RUNS} runs\n`);
    const inspect = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(process.execPath, [BIN, target, '--json', '-m', '600s', '--fail-on', 'none']);
      const ex = r.code === 0 ? JSON.parse(r.stdout).exchanges[0] : undefined;
      if (!ex || ex.response?.bodySize !== SIZE || !ex.response.complete) throw new Error(`httpinspect did not read the whole body (exit ${r.code}): ${r.stderr.slice(0, 300)}`);
      inspect.push(r);
    }
    const hasCurl = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
    const curl = [];
    if (hasCurl) for (let i = 0; i < RUNS; i++) curl.push(await measure('curl', ['-s', '-o', '/dev/null', target]));
    const ms = median(inspect.map((r) => r.ms));
    const peakMb = Math.max(...inspect.map((r) => r.peakKb)) / 1024;
    const row = (name, value) => console.log(`  ${name.padEnd(40)} ${value}`);
    row('httpinspect <url> --json', `${ms.toFixed(0).padStart(7)} ms  ${(mib / (ms / 1000)).toFixed(0).padStart(6)} MiB/s  peak RSS ${peakMb.toFixed(1)} MB`);
    if (hasCurl) {
      const curlMs = median(curl.map((r) => r.ms));
      row('curl -s -o /dev/null <url>', `${curlMs.toFixed(0).padStart(7)} ms  ${(mib / (curlMs / 1000)).toFixed(0).padStart(6)} MiB/s  peak RSS ${(Math.max(...curl.map((r) => r.peakKb)) / 1024).toFixed(1)} MB`);
      console.log('');
      console.log(`  httpinspect throughput / curl     ${(curlMs / ms).toFixed(2)}×`);
    } else {
      console.log('\n  (curl not found: no throughput ratio)');
    }
    console.log(`  httpinspect peak RSS              ${peakMb.toFixed(1)} MB  (target < ${RSS_TARGET_MB} MB) ${peakMb < RSS_TARGET_MB ? 'OK' : 'OVER TARGET'}`);
  } finally {
    child.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBigBody();
