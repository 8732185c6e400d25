// TLS end to end: facts in the report, and a clear exit-3 error for each kind of certificate problem.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

async function tlsServer(cert: string): Promise<string> {
  server = createServer({ cert: fixture(`${cert}.pem`), key: fixture(`${cert}.key`), ALPNProtocols: ['http/1.1'] }, (socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(`HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\n\r\n`));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `https://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

describe('https', () => {
  it('inspects over TLS with --cacert and reports protocol, cipher, ALPN and certificate', async () => {
    const url = await tlsServer('server');
    const r = await runCli([url, '-X', 'DELETE', '--cacert', CA, '--json']);
    expect(r.code).toBe(0);
    const ex = JSON.parse(r.stdout).exchanges[0];
    expect(ex.response.status).toBe(204);
    expect(ex.tls.authorized).toBe(true);
    expect(ex.tls.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(ex.tls.alpn).toBe('http/1.1');
    expect(ex.tls.cipher).toBeTruthy();
    expect(ex.tls.certificate.subject).toContain('CN=127.0.0.1');
    expect(ex.tls.certificate.issuer).toContain('httpinspect test CA');
    expect(ex.timings.tls).toBeGreaterThan(0);
  });

  const problems: Array<[string, string, RegExp]> = [
    ['self-signed', 'self', /self-signed/],
    ['expired', 'expired', /expired/],
    ['wrong host', 'other', /not valid for 127\.0\.0\.1.*other\.example/],
  ];
  for (const [name, cert, message] of problems) {
    it(`${name} certificate: exit 3 with a one-line reason; -k inspects anyway`, async () => {
      const url = await tlsServer(cert);
      const args = cert === 'self' ? [url] : [url, '--cacert', CA];
      const r = await runCli(args);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('-k/--insecure');
      const insecure = await runCli([...args, '-k', '-X', 'DELETE', '--json']);
      expect(insecure.code).toBe(0);
      const ex = JSON.parse(insecure.stdout).exchanges[0];
      expect(ex.tls.authorized).toBe(false);
      expect(ex.tls.authorizationError).toBeTruthy();
      expect(ex.response.status).toBe(204);
    });
  }

  it('unknown CA without --cacert', async () => {
    const url = await tlsServer('server');
    const r = await runCli([url]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unknown CA|could not be verified/);
  });
});
