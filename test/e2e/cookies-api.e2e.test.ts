// Cookies, Deprecation/Sunset and Link through the real CLI against the lab (and, for advice that only applies
// over https, a TLS server on loopback): rules fire with byte-exact evidence, and the common idioms stay quiet.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  evidence: string;
  location: { part: string; offset: number; header: string } | null;
}
interface JsonExchange {
  url: string;
  findings: JsonFinding[];
}

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

async function inspect(names: string[], extra: string[] = []): Promise<{ code: number | null; exchanges: JsonExchange[] }> {
  const r = await runCli([...names.map((n) => `${lab.url}/scenario/${n}`), ...extra, '--json'], { timeoutMs: 30_000 });
  expect(r.stderr).toBe('');
  return { code: r.code, exchanges: JSON.parse(r.stdout).exchanges };
}

const ids = (ex: JsonExchange) => ex.findings.map((f) => f.ruleId).sort();

describe('cookies through the CLI', () => {
  it('fires with evidence pointing at the offending attribute', async () => {
    const { code, exchanges } = await inspect(['cookie-samesite-none-without-secure', 'cookie-invalid-prefix', 'cookie-lifetime-too-long', 'cookie-duplicate-name']);
    expect(code).toBe(1);
    const [sameSite, prefix, lifetime, duplicate] = exchanges;
    expect(ids(sameSite!)).toEqual(['cookies/samesite-none-without-secure']);
    const f = sameSite!.findings[0]!;
    expect(f).toMatchObject({ severity: 'error', message: 'cookie "embed_pref" has SameSite=None without Secure: browsers reject the whole cookie' });
    // The evidence names the attribute and its byte offset; the location points at it too.
    // Reports mask cookie values (secrets), never the attributes.
    const m = /^Set-Cookie: embed_pref=\*{4}; Path=\/; SameSite=None at byte (\d+): "SameSite=None" at byte (\d+)$/.exec(f.evidence);
    expect(m, f.evidence).not.toBeNull();
    expect(Number(m![2]) - Number(m![1])).toBe('Set-Cookie: embed_pref=1; Path=/; '.length);
    expect(f.location).toEqual({ part: 'header', offset: Number(m![2]), header: 'Set-Cookie' });

    expect(prefix!.findings[0]).toMatchObject({ ruleId: 'cookies/invalid-prefix', severity: 'error' });
    expect(prefix!.findings[0]!.evidence).toMatch(/"Domain=127\.0\.0\.1" at byte \d+$/);
    expect(lifetime!.findings[0]).toMatchObject({ ruleId: 'cookies/lifetime-too-long', severity: 'warning' });
    expect(duplicate!.findings[0]!.evidence).toMatch(/^Set-Cookie: theme=\*{4}; Path=\/ at byte \d+: "theme=\*{4}" at byte \d+; Set-Cookie: theme=\*{4}; Path=\/ at byte \d+: "theme=\*{4}" at byte \d+$/);
    expect(JSON.stringify(duplicate)).not.toContain('light');
  });

  it('judges a Secure cookie by the host the request named: Host: shop.example over http', async () => {
    const { exchanges } = await inspect(['cookie-secure-over-http'], ['-H', 'Host: shop.example']);
    expect(ids(exchanges[0]!)).toEqual(['cookies/secure-over-http']);
    expect(exchanges[0]!.findings[0]!.message).toContain('set over http by shop.example');
    // The same cookie from 127.0.0.1 itself is fine: browsers treat loopback as secure.
    const loopback = await inspect(['cookie-secure-over-http']);
    expect(ids(loopback.exchanges[0]!)).toEqual([]);
  });

  it('keeps the framework idioms quiet: Express, Django, Spring sessions and deletion cookies', async () => {
    const { code, exchanges } = await inspect(['cookie-express-session-ok', 'cookie-django-session-ok', 'cookie-spring-session-ok', 'cookie-deletion-ok']);
    for (const ex of exchanges) expect(ids(ex), ex.url).toEqual([]);
    expect(code).toBe(0);
  });

  it('advises Secure on cookies set over https (info), never on a Secure one', async () => {
    const server: Server = createServer({ cert: fixture('server.pem'), key: fixture('server.key') }, (socket) => {
      socket.once('data', () => {
        const head = [
          'HTTP/1.1 200 OK',
          `Date: ${new Date().toUTCString()}`,
          'Cache-Control: no-store',
          'Content-Type: application/json',
          'Set-Cookie: theme=dark; Path=/',
          'Set-Cookie: connect.sid=s%3Aabc; Path=/; HttpOnly; Secure; SameSite=Lax',
          'Content-Length: 2',
        ];
        socket.end(`${head.join('\r\n')}\r\n\r\n{}`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `https://127.0.0.1:${(server.address() as { port: number }).port}/`;
      const r = await runCli([url, '--cacert', CA, '--json']);
      const ex = JSON.parse(r.stdout).exchanges[0] as JsonExchange;
      expect(ex.findings.map((f) => [f.ruleId, f.severity])).toEqual([['cookies/missing-secure', 'info']]);
      expect(ex.findings[0]!.evidence).toMatch(/^Set-Cookie: theme=\*{4}; Path=\/ at byte \d+$/);
      expect(r.code).toBe(0);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('cookies in a saved response (--raw)', () => {
  const saved = [
    'HTTP/1.1 200 OK',
    `Date: ${new Date().toUTCString()}`,
    'Cache-Control: no-store',
    'Content-Type: application/json',
    'Set-Cookie: sid=abc123; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax',
    'Set-Cookie: theme=dark; Path=/; SameSite=None',
    'Content-Length: 2',
    '',
    '{}',
  ].join('\r\n');
  const file = join(mkdtempSync(join(tmpdir(), 'httpinspect-cookies-')), 'saved.http');
  writeFileSync(file, saved);

  it('without its URL: judged where the host does not matter, not evaluated where it does', async () => {
    const r = await runCli(['--raw', file, '--json']);
    const ex = JSON.parse(r.stdout).exchanges[0] as JsonExchange & { notEvaluated: string[] };
    expect(ids(ex)).toEqual(['cookies/samesite-none-without-secure']);
    expect(ex.notEvaluated).toEqual(expect.arrayContaining(['cookies/domain-mismatch', 'cookies/secure-over-http']));
  });

  it('with its URL: Domain and Secure are judged against it', async () => {
    const r = await runCli(['--raw', file, 'http://shop.example.net/', '--json']);
    const ex = JSON.parse(r.stdout).exchanges[0] as JsonExchange & { notEvaluated: string[] };
    expect(ids(ex)).toEqual(['cookies/domain-mismatch', 'cookies/samesite-none-without-secure', 'cookies/secure-over-http']);
    expect(ex.notEvaluated ?? []).not.toContain('cookies/domain-mismatch');
  });
});

describe('Deprecation and Sunset through the CLI', () => {
  it('fires on the draft syntaxes and on dates in the wrong order', async () => {
    const { exchanges } = await inspect(['api-invalid-deprecation', 'api-deprecation-true', 'api-sunset-before-deprecation', 'api-deprecation-without-link']);
    expect(exchanges[0]!.findings[0]).toMatchObject({ ruleId: 'api/invalid-deprecation', severity: 'error' });
    expect(exchanges[0]!.findings[0]!.message).toContain('an HTTP-date is the draft syntax');
    expect(exchanges[1]!.findings[0]).toMatchObject({ ruleId: 'api/invalid-deprecation', severity: 'warning', evidence: expect.stringMatching(/^Deprecation: true at byte \d+$/) });
    expect(ids(exchanges[2]!)).toEqual(['api/sunset-before-deprecation']);
    expect(exchanges[2]!.findings[0]!.evidence).toMatch(/^Sunset: .+ GMT at byte \d+; Deprecation: @\d+ at byte \d+$/);
    expect(exchanges[3]!.findings[0]).toMatchObject({ ruleId: 'api/deprecation-without-link', severity: 'info' });
  });

  it('is quiet on a correct deprecation and on a 410 after the sunset', async () => {
    const { code, exchanges } = await inspect(['api-deprecated-ok', 'api-gone-after-sunset-ok']);
    for (const ex of exchanges) expect(ids(ex), ex.url).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('Link through the CLI', () => {
  it('fires on bad syntax and on a preload without as, quiet on preload hints and pagination', async () => {
    const { exchanges } = await inspect(['link-invalid-syntax', 'link-preload-without-as', 'link-preload-ok', 'link-pagination-ok']);
    expect(exchanges[0]!.findings[0]).toMatchObject({ ruleId: 'headers/link-invalid-syntax', severity: 'error', location: { part: 'header', header: 'Link' } });
    expect(exchanges[0]!.findings[0]!.evidence).toMatch(/^Link: https:\/\/example\.com\/items\?page=2; rel=next at byte \d+: "https:\/\/example\.com\/items\?page=2; rel=next" at byte \d+$/);
    expect(exchanges[1]!.findings[0]).toMatchObject({ ruleId: 'headers/link-preload-without-as', severity: 'warning' });
    expect(ids(exchanges[2]!)).toEqual([]);
    expect(ids(exchanges[3]!)).toEqual([]);
  });

  it('explains a rule with per-framework fixes', async () => {
    const r = await runCli(['explain', 'headers/link-preload-without-as']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rel=preload');
    expect(r.stdout).toContain('Express');
  });
});
