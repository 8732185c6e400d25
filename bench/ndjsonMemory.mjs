// npm run bench (CI at scale): peak RSS of `-f ndjson` for 20,000 targets from --input against 5,000, as a ratio
// (target ≤ 1.5×: the report is written as the run goes, so memory must not grow with the number of targets).
// The targets are served by a tiny raw server on 127.0.0.1 in this process. BENCH_TARGETS changes the larger count.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './bigBody.mjs';

const BIN = fileURLToPath(new URL('../bin/httpinspect.js', import.meta.url));
const LARGE = Number(process.env.BENCH_TARGETS ?? 20_000);
const SMALL = Math.round(LARGE / 4);
const RATIO_TARGET = 1.5;
// A small response with a finding or two, so every exchange line carries findings.
const RESPONSE = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world', 'latin1');

function startServer() {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(RESPONSE));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function peakFor(count, url, dir, format) {
  const input = join(dir, `targets-${count}.txt`);
  writeFileSync(input, Array.from({ length: count }, (_, k) => `${url}/items/${k}`).join('\n'));
  const r = await measure(process.execPath, [BIN, '--input', input, '-j', '16', '-f', format, '-o', '/dev/null', '--fail-on', 'none']);
  if (r.code !== 0) throw new Error(`httpinspect --input (${count} targets, -f ${format}) exited ${r.code}: ${r.stderr.slice(0, 300)}`);
  return r;
}

export async function benchNdjsonMemory() {
  const server = await startServer();
  const url = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'httpinspect-bench-ndjson-'));
  try {
    console.log(`\nmany targets, flat memory: peak RSS with -f ndjson, ${SMALL} vs ${LARGE} targets from --input (-j 16)\n`);
    const rows = [];
    for (const [count, format] of [[SMALL, 'ndjson'], [LARGE, 'ndjson'], [LARGE, 'text']]) {
      const r = await peakFor(count, url, dir, format);
      rows.push(r.peakKb);
      console.log(`  ${String(count).padStart(6)} targets, -f ${format.padEnd(7)} peak RSS ${(r.peakKb / 1024).toFixed(0).padStart(5)} MB   ${(count / (r.ms / 1000)).toFixed(0)} targets/s`);
    }
    const ratio = rows[1] / rows[0];
    console.log(`\n  ${LARGE} / ${SMALL} targets (ndjson)   ${ratio.toFixed(2)}×  (target ≤ ${RATIO_TARGET}×) ${ratio <= RATIO_TARGET ? 'OK' : 'OVER TARGET'}`);
  } finally {
    server.close();
  }
}
