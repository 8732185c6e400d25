// npm run bench (proxy): peak RSS of `httpinspect proxy -f ndjson` over 8,000 exchanges against 2,000, as a
// ratio (memory must stay flat with the number of exchanges: only the grouped findings are kept). The client
// (16 connections at a time) and the upstream are tiny raw sockets on 127.0.0.1. BENCH_PROXY_EXCHANGES changes
// the larger count.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './bigBody.mjs';

const BIN = fileURLToPath(new URL('../bin/httpinspect.js', import.meta.url));
const LARGE = Number(process.env.BENCH_PROXY_EXCHANGES ?? 8_000);
const SMALL = Math.round(LARGE / 4);

const CLIENT = `
import { connect } from 'node:net';
const proxy = new URL(process.env.HTTPINSPECT_PROXY_URL);
const total = Number(process.argv[2]);
let next = 0;
async function worker() {
  while (next < total) {
    const k = next++;
    await new Promise((resolve) => {
      const s = connect(Number(proxy.port), proxy.hostname, () => s.write('DELETE /users/' + (k % 50) + ' HTTP/1.1\\r\\nHost: api.test\\r\\n\\r\\n'));
      s.on('data', () => undefined);
      s.on('close', resolve);
      s.on('error', resolve);
    });
  }
}
await Promise.all(Array.from({ length: 16 }, worker));
`;

export async function benchProxyMemory() {
  const upstream = createServer((s) => {
    s.on('error', () => undefined);
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
  });
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'httpinspect-bench-proxy-'));
  const client = join(dir, 'client.mjs');
  writeFileSync(client, CLIENT);
  try {
    console.log(`\nproxy, flat memory: peak RSS of \`httpinspect proxy -f ndjson\`, ${SMALL} vs ${LARGE} exchanges (16 clients at a time)\n`);
    const peaks = [];
    for (const count of [SMALL, LARGE]) {
      const r = await measure(process.execPath, [BIN, 'proxy', '--upstream', `http://127.0.0.1:${upstream.address().port}`, '-f', 'ndjson', '-o', '/dev/null', '--', process.execPath, client, String(count)]);
      if (r.code !== 0) throw new Error(`httpinspect proxy (${count} exchanges) exited ${r.code}: ${r.stderr.slice(-300)}`);
      peaks.push(r.peakKb);
      console.log(`  ${String(count).padStart(6)} exchanges  peak RSS ${(r.peakKb / 1024).toFixed(0).padStart(5)} MB   ${(count / (r.ms / 1000)).toFixed(0)} exchanges/s`);
    }
    const ratio = peaks[1] / peaks[0];
    console.log(`\n  ${LARGE} / ${SMALL} exchanges   ${ratio.toFixed(2)}×  (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`);
  } finally {
    upstream.close();
  }
}
