// npm run bench: speed measured as ratios against baselines run in the same session, since machines are noisy.
// Everything talks to the built-in lab on 127.0.0.1 only; every loop is bounded.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/httpinspect.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

function startLab() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'lab', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.setEncoding('utf8').once('data', (line) => resolve({ child, url: line.trim() }));
    child.once('error', reject);
    setTimeout(() => reject(new Error('the lab did not start within 10 s')), 10_000).unref();
  });
}

/**
 * Median wall time (ms) of each command, after two warm-ups. The commands take turns (A B C A B C …) so that
 * a noisy machine slows all of them alike and the ratios stay meaningful.
 */
function timeInTurns(commands, runs = RUNS) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs + 2; i++) {
    commands.forEach(([cmd, args], k) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.error) samples[k] = undefined;
      else if (i >= 2 && samples[k]) samples[k].push(ms);
    });
  }
  return samples.map((list) => (list ? list.sort((x, y) => x - y)[Math.floor(list.length / 2)] : undefined));
}

function hasCurl() {
  return spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** 200 targets with -j 8 in one run: the rate, checked for order, against curl fetching the same URLs in parallel. */
function manyTargets(labUrl) {
  const count = 200;
  const urls = Array.from({ length: count }, (_, i) => `${labUrl}/status/200?n=${i}`);
  const dir = mkdtempSync(join(tmpdir(), 'httpinspect-bench-'));
  const input = join(dir, 'targets.txt');
  writeFileSync(input, urls.join('\n'));
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, '--input', input, '-j', '8', '--json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const report = JSON.parse(r.stdout);
  const ordered = report.exchanges.length === count && report.exchanges.every((e, i) => e.url === urls[i] && e.response?.status === 200);
  console.log(`\nmany targets: ${count} URLs, -j 8\n`);
  console.log(`  httpinspect --input (-j 8)          ${ms.toFixed(0).padStart(6)} ms  ${(count / (ms / 1000)).toFixed(0)} targets/s  results ${ordered ? 'complete and in order' : 'WRONG'}`);
  if (hasCurl()) {
    const args = ['-s', '-Z', '--parallel-max', '8', ...urls.flatMap((u) => ['-o', '/dev/null', u])];
    const cs = process.hrtime.bigint();
    spawnSync('curl', args, { stdio: 'ignore', timeout: 120_000 });
    const cms = Number(process.hrtime.bigint() - cs) / 1e6;
    console.log(`  curl -Z --parallel-max 8             ${cms.toFixed(0).padStart(6)} ms  ${(count / (cms / 1000)).toFixed(0)} URLs/s`);
    console.log(`  httpinspect / curl                   ${(ms / cms).toFixed(2)}×`);
  }
}

const { child, url } = await startLab();
try {
  const target = `${url}/status/200`;
  console.log(`cold start: median of ${RUNS} runs each, against ${target}\n`);
  const commands = [
    [process.execPath, ['-e', '0']],
    [process.execPath, [BIN, target, '--fail-on', 'none']],
    ...(hasCurl() ? [['curl', ['-s', '-o', '/dev/null', target]]] : []),
  ];
  const [node, inspect, curl] = timeInTurns(commands);
  const row = (name, ms) => console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms`);
  row('node -e 0', node);
  row('httpinspect <loopback url>', inspect);
  if (curl !== undefined) row('curl -s -o /dev/null <loopback url>', curl);
  console.log('');
  const ratio = inspect / node;
  console.log(`  httpinspect / node -e 0   ${ratio.toFixed(2)}×  (target ≤ 1.60×) ${ratio <= 1.6 ? 'OK' : 'OVER TARGET'}`);
  if (curl !== undefined) console.log(`  httpinspect / curl        ${(inspect / curl).toFixed(2)}×`);
  manyTargets(url);
} finally {
  child.kill();
}

// A 1 GiB body: peak RSS and throughput against curl (bench/bigBody.mjs).
const { benchBigBody } = await import('./bigBody.mjs');
await benchBigBody();

// HTTP/2: start-up against HTTP/1.1, and a 256 MiB body over h2c with flat memory (bench/h2.mjs).
const { benchH2 } = await import('./h2.mjs');
await benchH2();

// -f ndjson over many targets: peak RSS must not grow with their number (bench/ndjsonMemory.mjs).
const { benchNdjsonMemory } = await import('./ndjsonMemory.mjs');
await benchNdjsonMemory();

// The proxy over many exchanges: peak RSS must not grow with their number (bench/proxyMemory.mjs).
const { benchProxyMemory } = await import('./proxyMemory.mjs');
await benchProxyMemory();
