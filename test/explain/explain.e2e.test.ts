// `httpinspect explain` end to end (the built CLI), and the finding hint in the text report.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { bytesServer, type RawServer } from '../helpers/rawServer';

describe('httpinspect explain', () => {
  it('explains 204 with every section', async () => {
    const r = await runCli(['explain', '204']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const heading of ['Meaning', 'Guarantees', 'Does not guarantee', 'Use it when', 'Common misuses', 'Headers that matter', 'How clients treat it', 'Retries', 'Monitoring', 'Related codes']) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    expect(r.stdout).toMatch(/^204 No Content/);
    expect(r.stdout).toContain('RFC 9110 §15.3.5');
    for (const kind of ['Browsers:', 'API clients', 'Crawlers:', 'Uptime monitors:', 'CDNs and proxies:']) expect(r.stdout).toContain(kind);
  });

  it('labels 420 as unofficial and says who uses it', async () => {
    const r = await runCli(['explain', '420']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Unofficial: not in the IANA registry; used by the Twitter/);
    expect(r.stdout).toContain('429');
  });

  it('explains a rule with the per-framework fixes', async () => {
    const r = await runCli(['explain', 'framing/body-on-204']);
    expect(r.code).toBe(0);
    for (const heading of ['What it checks', 'Why it matters', 'Which clients break, and how', 'How to fix it']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('res.status(204).end()');
    for (const fw of ['Express:', 'Fastify:', 'Django / DRF:', 'FastAPI:', 'Spring:', 'Go net/http:']) expect(r.stdout).toContain(fw);
  });

  it('accepts a rule name without its category', async () => {
    const r = await runCli(['explain', 'body-on-304']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^framing\/body-on-304/);
  });

  it('exits 2 with a suggestion for an unknown topic', async () => {
    for (const [topic, suggestion] of [['framing/body-on-240', 'framing/body-on-204'], ['body-on-240', 'framing/body-on-204']] as const) {
      const r = await runCli(['explain', topic]);
      expect(r.code, topic).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`did you mean "${suggestion}"`);
    }
    const outOfRange = await runCli(['explain', '600']);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('100 to 599');
  });

  it('--json gives the structured entry', async () => {
    const code = JSON.parse((await runCli(['explain', '429', '--json'])).stdout);
    expect(code).toMatchObject({ schemaVersion: 1, kind: 'code', code: 429, name: 'Too Many Requests', status: 'registered' });
    expect(Object.keys(code.clients).sort()).toEqual(['apiClients', 'browsers', 'cdns', 'crawlers', 'monitors']);
    expect(code.headers.map((h: { name: string }) => h.name)).toContain('Retry-After');
    const unofficial = JSON.parse((await runCli(['explain', '419', '--json'])).stdout);
    expect(unofficial).toMatchObject({ kind: 'code', status: 'unofficial' });
    expect(unofficial.usedBy).toMatch(/Laravel/);
    const rule = JSON.parse((await runCli(['explain', 'status/missing-retry-after', '--json'])).stdout);
    expect(rule).toMatchObject({ schemaVersion: 1, kind: 'rule', id: 'status/missing-retry-after', category: 'status' });
    expect(Object.keys(rule.fixes).sort()).toEqual(['django', 'express', 'fastapi', 'fastify', 'go', 'spring']);
    expect(rule.ref.url).toMatch(/^https:\/\//);
  });
});

describe('the text report points at explain', () => {
  let server: RawServer;
  beforeAll(async () => {
    server = await bytesServer(`HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\nContent-Length: 5\r\n\r\nhello`);
  });
  afterAll(async () => {
    await server.close();
  });

  it('ends the findings with a hint naming the first finding\'s rule', async () => {
    const r = await runCli([server.url, '-X', 'DELETE', '--fail-on', 'none']);
    const hint = /Explain a finding: httpinspect explain (\S+)/.exec(r.stdout);
    expect(hint).not.toBeNull();
    expect(r.stdout).toContain(hint![1]!);
    expect(r.stdout.indexOf(hint![0])).toBeLessThan(r.stdout.lastIndexOf('exchange'));
    const explained = await runCli(['explain', hint![1]!]);
    expect(explained.code).toBe(0);
  });
});

describe('start-up path', () => {
  // Follows static imports from the CLI entry; dynamic `await import()` is where lazy loading happens.
  function staticImports(file: string): string[] {
    const source = readFileSync(file, 'utf8');
    const found: string[] = [];
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/gm)) {
      if (/^\s*import\s+type\s/.test(m[0]) || /^\s*export\s+type\s/.test(m[0])) continue;
      const base = resolve(dirname(file), m[1]!);
      const target = [`${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p));
      if (target) found.push(target);
    }
    return found;
  }

  it('does not load the knowledge base statically from the CLI entry', () => {
    const entry = resolve(__dirname, '../../src/cli/main.ts');
    const seen = new Set<string>([entry]);
    const queue = [entry];
    while (queue.length > 0 && seen.size < 2000) {
      for (const next of staticImports(queue.shift()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((f) => f.includes('/src/explain/') || /(\.explain|explanations)\.ts$/.test(f))).toEqual([]);
    expect([...seen].some((f) => f.endsWith('/rules/index.ts'))).toBe(true);
  });
});
