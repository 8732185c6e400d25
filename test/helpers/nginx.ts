// A real nginx serving static files from a config this helper writes: loopback only, its own prefix, pid and
// error log under a temp dir, started and stopped by the test (Debian's nginx; .ci/run installs it).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Nginx {
  url: string;
  /** The error log, for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
}

export function nginxBinary(): string {
  const found = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => p !== undefined && existsSync(p));
  if (!found) throw new Error('nginx is not installed: `apt-get install -y nginx` (.ci/run does this), or set NGINX_PATH');
  return found;
}

/** nginx cannot listen on port 0: take a free port from the kernel, release it, and use it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startNginx(options: { serverDirectives: string; files: Record<string, string> }): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'httpinspect-nginx-'));
  const www = join(dir, 'www');
  mkdirSync(www);
  for (const [name, content] of Object.entries(options.files)) writeFileSync(join(www, name), content);
  // Workers may run as another user when the test runs as root: let them read the files.
  for (const path of [dir, www]) chmodSync(path, 0o755);
  for (const name of Object.keys(options.files)) chmodSync(join(www, name), 0o644);
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  writeFileSync(
    conf,
    `daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  types { text/html html; text/plain txt; application/json json; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${www};
    ${options.serverDirectives}
  }
}
`,
  );
  const child: ChildProcess = spawn(nginxBinary(), ['-p', dir, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  const stop = async () => {
    if (!exited) {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100 && !exited; i++) {
    if (await accepting(port)) return { url: `http://127.0.0.1:${port}`, log, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  const why = log();
  await stop();
  throw new Error(`nginx did not start on 127.0.0.1:${port}: ${why}`);
}
