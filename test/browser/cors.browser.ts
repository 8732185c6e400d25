// httpinspect's CORS verdict against what Chromium really does. The page is served from one loopback origin
// (127.0.0.1:P1) and calls fetch() on the lab at another (127.0.0.1:P2); httpinspect (the built CLI) sends the
// same request with `--cors --origin <page origin>`. Both must agree, configuration by configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';
import { corsCases, type CorsCase } from './cases';
import { browserFetch, launchChromium, startPageServer, type Browser, type PageServer } from './chromium';

interface JsonVerdict {
  origin: string;
  preflight: number | null;
  verdict: 'allowed' | 'blocked';
  failedRule: string | null;
  explanation: string;
  chromium: 'allowed' | 'blocked';
  deviation: string | null;
}

let lab: Lab;
let otherLab: Lab;
let pageServer: PageServer;
let browser: Browser;

beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
  otherLab = await startLab({ port: 0, host: '127.0.0.1' });
  pageServer = await startPageServer();
  browser = await launchChromium(`${pageServer.origin}/`);
});

afterAll(async () => {
  await browser?.close();
  await pageServer?.close();
  await otherLab?.close();
  await lab?.close();
});

/** The lab URL of one case; `case=<n>` keeps every URL distinct, so no preflight cache entry is shared. */
function urlOf(c: CorsCase, index: number): string {
  const knobs = c.knobs({ origin: pageServer.origin, otherLab: otherLab.url });
  return `${lab.url}/cors?${knobs ? `${knobs}&` : ''}case=${index}`;
}

async function httpinspectVerdict(c: CorsCase, url: string): Promise<{ verdict: JsonVerdict; exchanges: number }> {
  const args = [url, '-X', c.method ?? 'GET', '--origin', pageServer.origin, '--cors', '--json', '--fail-on', 'none'];
  for (const [name, value] of c.headers ?? []) args.push('-H', `${name}: ${value}`);
  if (c.body !== undefined) args.push('-d', c.body);
  if (c.credentials) args.push('--credentials');
  if (c.follow) args.push('-L');
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { exchanges: Array<{ cors: JsonVerdict | null }> };
  const verdicts = report.exchanges.map((e) => e.cors).filter((v): v is JsonVerdict => v !== null);
  expect(verdicts).toHaveLength(1);
  return { verdict: verdicts[0]!, exchanges: report.exchanges.length };
}

describe('the CORS verdict agrees with Chromium', () => {
  it.each(corsCases.map((c, i) => [i, c.name, c] as const))('#%i %s', async (index, _name, c) => {
    const url = urlOf(c, index);
    const inBrowser = await browserFetch(browser.page, {
      url,
      method: c.method ?? 'GET',
      headers: c.headers ?? [],
      body: c.body,
      credentials: c.credentials === true,
    });
    const { verdict } = await httpinspectVerdict(c, url);
    const chromium = inBrowser.ok ? 'allowed' : 'blocked';
    const both = `httpinspect: ${verdict.explanation}; Chromium: ${JSON.stringify(inBrowser)}`;
    expect(verdict.chromium, both).toBe(chromium);
    if (c.chromiumAllows) {
      // The documented deviation: Fetch's answer is the verdict, Chromium's is shown beside it.
      expect(chromium, both).toBe('allowed');
      expect(verdict.verdict, both).toBe('blocked');
      expect(verdict.deviation).toContain('Authorization');
      expect(verdict.explanation).toContain('Fetch: blocked; Chromium today: allowed, deprecated');
    } else {
      expect(verdict.verdict, both).toBe(chromium);
      expect(verdict.deviation).toBeNull();
    }
    expect(verdict.origin).toBe(pageServer.origin);
    // The configuration exercises the step it was built for.
    expect(verdict.verdict === 'blocked' ? { verdict: 'blocked', rule: verdict.failedRule } : { verdict: 'allowed' }).toEqual(c.expect);
  });

  it('covers both verdicts and every step that can block', () => {
    expect(corsCases.length).toBeGreaterThanOrEqual(30);
    const rules = new Set(corsCases.map((c) => (c.expect.verdict === 'blocked' ? c.expect.rule : 'allowed')));
    for (const step of [
      'allowed',
      'cors/missing-allow-origin',
      'cors/preflight-missing-allow-origin',
      'cors/origin-not-allowed',
      'cors/invalid-allow-origin',
      'cors/wildcard-with-credentials',
      'cors/missing-allow-credentials',
      'cors/credentials-not-true',
      'cors/preflight-failed-status',
      'cors/method-not-allowed',
      'cors/header-not-allowed',
    ]) {
      expect(rules, step).toContain(step);
    }
  });
});
