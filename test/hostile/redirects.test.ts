// -L against hostile redirects: credentials stay with their origin, https → http is a finding, loops and
// --max-redirs stop the chain.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const DATE = `Date: ${new Date().toUTCString()}\r\n`;
const OK = `HTTP/1.1 204 No Content\r\n${DATE}\r\n`;
const servers: RawServer[] = [];
let tlsServer: Server | undefined;
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await new Promise<void>((r) => (tlsServer ? tlsServer.close(() => r()) : r()));
  tlsServer = undefined;
});

async function server(respond: Parameters<typeof rawServer>[0]): Promise<RawServer> {
  const s = await rawServer(respond);
  servers.push(s);
  return s;
}

const redirectTo = (location: string, status = 302) => `HTTP/1.1 ${status} Moved\r\n${DATE}Location: ${location}\r\nContent-Length: 0\r\n\r\n`;

describe('-L', () => {
  it('drops Authorization and Cookie when the origin changes (another port is another origin), keeps them on the same origin', async () => {
    const other = await server((socket) => socket.end(OK));
    const origin = await server((socket, req) => socket.end(req.startsWith('GET /same ') ? redirectTo(`${other.url}/cross`) : redirectTo('/same')));
    const r = await runCli([`${origin.url}/start`, '-L', '-H', 'Authorization: Bearer tok', '-H', 'Cookie: sid=1', '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(3);
    const same = origin.requests[1]!;
    expect(same).toMatch(/^GET \/same /);
    expect(same).toContain('Authorization: Bearer tok');
    expect(same).toContain('Cookie: sid=1');
    const cross = other.requests[0]!;
    expect(cross).not.toMatch(/authorization|cookie/i);
    expect(r.stderr).toContain('credentials not sent to the new origin');
  });

  it('an https → http hop is a status/insecure-redirect finding', async () => {
    const plain = await server((socket) => socket.end(OK));
    tlsServer = createServer({ cert: fixture('server.pem'), key: fixture('server.key') }, (socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => socket.end(redirectTo(`${plain.url}/downgraded`, 301)));
    });
    await new Promise<void>((r) => tlsServer!.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(tlsServer.address() as { port: number }).port}/`;
    const r = await runCli([url, '-L', '--cacert', CA, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.exchanges).toHaveLength(2);
    const finding = report.exchanges[0].findings.find((f: { ruleId: string }) => f.ruleId === 'status/insecure-redirect');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain(`${plain.url}/downgraded`);
    expect(plain.requests[0]).toMatch(/^GET \/downgraded /);
  });

  it('detects a loop across two servers', async () => {
    let b: RawServer | undefined;
    const a = await server((socket) => socket.end(redirectTo(`${b!.url}/b`)));
    b = await server((socket) => socket.end(redirectTo(`${a.url}/a`)));
    const r = await runCli([`${a.url}/a`, '-L', '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(2);
    expect(r.stderr).toContain('redirect loop');
    expect(a.requests).toHaveLength(1);
  });

  it('--max-redirs 0 inspects only the first response', async () => {
    const s = await server((socket) => socket.end(redirectTo('/next')));
    const r = await runCli([s.url, '-L', '--max-redirs', '0', '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(1);
    expect(r.stderr).toContain('stopped after 0 redirects (--max-redirs)');
    expect(s.requests).toHaveLength(1);
  });
});
