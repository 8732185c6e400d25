// A real HTTP/2 server: Debian's nginx on a loopback TLS port with a throwaway certificate (both written
// here). A clean static file gives no http2 finding; `add_header Connection "close"` gives
// http2/connection-specific-header naming the field and its offset. .ci/run installs nginx when missing.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** "nginx version: nginx/1.22.1" (on stderr) → [1, 22]: nginx 1.25.1 replaced `listen … http2` with `http2 on;`. */
function nginxVersion(): [number, number] {
  const m = /nginx\/(\d+)\.(\d+)/.exec(spawnSync(NGINX!, ['-v'], { encoding: 'utf8' }).stderr ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [1, 22];
}

let nginx: ChildProcess | undefined;
let base = '';
let dir = '';

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y nginx; .ci/run does it)');
  dir = mkdtempSync(join(tmpdir(), 'httpinspect-nginx-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-days', '2', '-nodes', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  mkdirSync(join(dir, 'www'));
  writeFileSync(join(dir, 'www', 'clean.txt'), 'hello from nginx\n');
  const port = await freePort();
  const version = nginxVersion();
  const modern = version[0] > 1 || version[1] >= 25;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; master_process off; worker_processes 1; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')};
events { worker_connections 64; }
http {
  access_log off; ${temp}
  types { text/plain txt; }
  server {
    listen 127.0.0.1:${port} ssl${modern ? '' : ' http2'};
    ${modern ? 'http2 on;' : ''}
    ssl_certificate ${join(dir, 'cert.pem')}; ssl_certificate_key ${join(dir, 'key.pem')};
    root ${join(dir, 'www')};
    location /conn/ { alias ${join(dir, 'www')}/; add_header Connection "close"; }
  }
}
`,
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  base = `https://127.0.0.1:${port}`;
  // Ready when the port accepts connections.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.on('connect', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not start: ${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
}, 30_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
});

interface JsonExchange {
  protocol: string;
  findings: Array<{ ruleId: string; evidence: string; location: { offset?: number; header?: string } | null }>;
}

describe('nginx over HTTP/2 (TLS, ALPN)', () => {
  it('a clean static file gives no http2 finding', async () => {
    const r = await runCli([`${base}/clean.txt`, '--http2', '-k', '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.protocol).toBe('h2');
    expect(ex.findings.filter((f) => f.ruleId.startsWith('http2/') || f.ruleId.startsWith('framing/'))).toEqual([]);
  });

  it('add_header Connection "close" gives http2/connection-specific-header with the field and its offset', async () => {
    const r = await runCli([`${base}/conn/clean.txt`, '--http2', '-k', '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.protocol).toBe('h2');
    const f = ex.findings.find((x) => x.ruleId === 'http2/connection-specific-header');
    expect(f).toBeDefined();
    expect(f!.location?.header).toBe('connection');
    expect(f!.location?.offset).toBeTypeOf('number');
    expect(f!.evidence).toMatch(/"connection: close" \(literal.*\) at byte \d+/);
  });
});
