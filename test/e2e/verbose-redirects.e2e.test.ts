// -v (the raw exchange on stderr), -L (every hop inspected), and terminal safety of server text.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { bytesServer, rawServer, type RawServer } from '../helpers/rawServer';

const DATE = `Date: ${new Date().toUTCString()}\r\n`;
const servers: RawServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe('-v', () => {
  it('shows sent and received bytes with curl prefixes on stderr, report on stdout', async () => {
    const s = await bytesServer(`HTTP/1.1 200 OK\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\n\r\nab\x07`);
    servers.push(s);
    const r = await runCli([`${s.url}/v`, '-v', '-H', 'Authorization: Bearer s3cret']);
    expect(r.stderr).toContain('* Connected to 127.0.0.1');
    expect(r.stderr).toContain('> GET /v HTTP/1.1');
    expect(r.stderr).toContain('< HTTP/1.1 200 OK␊'); // the bare LF is marked
    expect(r.stderr).toContain('< ab\\x07'); // control characters made visible
    expect(r.stderr).toContain('> Authorization: Bearer ****');
    expect(r.stderr).not.toContain('s3cret');
    expect(r.stdout).not.toContain('> GET');
    expect(r.stdout).toContain('framing/bare-lf');
    const shown = await runCli([`${s.url}/v`, '-v', '-H', 'Authorization: Bearer s3cret', '--show-secrets']);
    expect(shown.stderr).toContain('> Authorization: Bearer s3cret');
  });

  it('escapes terminal control sequences and bidi overrides from the server', async () => {
    const s = await bytesServer(`HTTP/1.1 200 \x1b]0;pwned\x07OK\r\n${DATE}Cache-Control: no-store\r\nX-Evil: \xe2\x80\xaeevil\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\n\x1b[2Jab`);
    servers.push(s);
    const r = await runCli([s.url, '-v']);
    expect(r.stdout + r.stderr).not.toContain('\x1b');
    expect(r.stdout + r.stderr).not.toContain('\u202e');
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07OK');
    expect(r.stderr).toContain('\\u202eevil');
    expect(r.stderr).toContain('\\x1b[2Jab');
  });
});

describe('-L', () => {
  it('inspects every hop, rewrites POST to GET on 302, drops credentials across origins', async () => {
    const target = await bytesServer(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`);
    servers.push(target);
    const first = await rawServer((socket) => socket.end(`HTTP/1.1 302 Found\r\n${DATE}Location: ${target.url}/final\r\nContent-Length: 0\r\n\r\n`));
    servers.push(first);
    const r = await runCli([`${first.url}/start`, '-L', '-X', 'POST', '-d', 'a=1', '-H', 'Authorization: Bearer x', '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.exchanges).toHaveLength(2);
    expect(report.exchanges[0].response.status).toBe(302);
    expect(report.exchanges[1].request.method).toBe('GET');
    expect(report.exchanges[1].url).toBe(`${target.url}/final`);
    expect(target.requests[0]).not.toMatch(/authorization/i);
    expect(target.requests[0]).not.toMatch(/content-length/i);
    expect(r.stderr).toContain('following 302');
    expect(report.summary.exchanges).toBe(2);
  });

  it('stops at --max-redirs and on loops', async () => {
    const loop = await rawServer((socket) => socket.end(`HTTP/1.1 307 Temporary Redirect\r\n${DATE}Location: /again\r\nContent-Length: 0\r\n\r\n`));
    servers.push(loop);
    const r = await runCli([`${loop.url}/again`, '-L', '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(1);
    expect(r.stderr).toContain('redirect loop');
    const counting = await rawServer((socket, req) => {
      const n = Number(/GET \/(\d+)/.exec(req)?.[1] ?? 0);
      socket.end(`HTTP/1.1 302 Found\r\n${DATE}Location: /${n + 1}\r\nContent-Length: 0\r\n\r\n`);
    });
    servers.push(counting);
    const limited = await runCli([`${counting.url}/0`, '-L', '--max-redirs', '3', '--json']);
    expect(JSON.parse(limited.stdout).exchanges).toHaveLength(4);
    expect(limited.stderr).toContain('--max-redirs');
  });

  it('without -L only the first response is inspected', async () => {
    const s = await bytesServer(`HTTP/1.1 301 Moved Permanently\r\n${DATE}Location: /elsewhere\r\nContent-Length: 0\r\n\r\n`);
    servers.push(s);
    const r = await runCli([s.url, '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(1);
    expect(s.requests).toHaveLength(1);
  });
});
