// CORS end to end through the CLI against the lab's /cors endpoint: --origin, --cors, --preflight-only,
// --credentials, hand-built requests, the verdict in the text and JSON reports, and every cors/* rule
// firing on its case and staying quiet on a correct configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

const ORIGIN = 'https://app.example';

interface JsonExchange {
  url: string;
  request: { method: string; headers: Array<[string, string]> };
  response: { status: number } | null;
  findings: Array<{ ruleId: string }>;
  cors: { origin: string; preflight: number | null; verdict: string; failedRule: string | null; explanation: string; chromium: string; deviation: string | null } | null;
}

let lab: Lab;
let other: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
  other = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab?.close();
  await other?.close();
});

const url = (knobs: string) => `${lab.url}/cors?${knobs}`;

async function json(args: string[]) {
  const r = await runCli([...args, '--json', '--fail-on', 'none']);
  expect(r.code, r.stderr).toBe(0);
  const exchanges = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges;
  const verdicts = exchanges.map((e) => e.cors).filter((v) => v !== null);
  return { exchanges, verdict: verdicts[0] ?? null, verdicts, stderr: r.stderr };
}

function corsRules(exchanges: readonly JsonExchange[]): string[] {
  return [...new Set(exchanges.flatMap((e) => e.findings.map((f) => f.ruleId)).filter((id) => id.startsWith('cors/')))].sort();
}

function header(e: JsonExchange, name: string): string | undefined {
  return e.request.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

describe('every cors rule, end to end', () => {
  it.each<[string, string, string[], string[]]>([
    ['cors/allow-origin-null', 'acao=null&vary=Origin', ['--origin', 'null'], ['cors/allow-origin-null']],
    ['cors/credentials-not-true', 'acao=echo&acac=TRUE&vary=Origin', ['--origin', ORIGIN, '--credentials'], ['cors/credentials-not-true']],
    ['cors/header-not-allowed', 'pacao=echo&pacam=GET&pmaxage=600&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-H', 'X-Custom: 1'], ['cors/header-not-allowed']],
    ['cors/invalid-allow-origin', 'acao=echo&acao=echo&vary=Origin', ['--origin', ORIGIN], ['cors/invalid-allow-origin']],
    ['cors/invalid-max-age', 'pacao=echo&pacam=PUT&pmaxage=-1&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'PUT'], ['cors/invalid-max-age']],
    ['cors/method-not-allowed', 'pacao=echo&pacam=GET&pmaxage=600', ['--origin', ORIGIN, '--cors', '-X', 'DELETE'], ['cors/method-not-allowed']],
    ['cors/missing-allow-credentials', 'acao=echo&vary=Origin', ['--origin', ORIGIN, '--credentials'], ['cors/missing-allow-credentials']],
    ['cors/missing-allow-origin', '', ['--origin', ORIGIN], ['cors/missing-allow-origin']],
    ['cors/missing-vary-origin', 'acao=echo', ['--origin', ORIGIN], ['cors/missing-vary-origin']],
    ['cors/origin-not-allowed', 'acao=https://other.example&vary=Origin', ['--origin', ORIGIN], ['cors/origin-not-allowed']],
    ['cors/preflight-failed-status', 'pstatus=403&pacao=echo&pacam=PUT&pmaxage=600', ['--origin', ORIGIN, '--cors', '-X', 'PUT'], ['cors/preflight-failed-status']],
    ['cors/preflight-missing-allow-origin', 'pacam=PUT&pmaxage=600', ['--origin', ORIGIN, '--cors', '-X', 'PUT'], ['cors/preflight-missing-allow-origin']],
    ['cors/preflight-missing-max-age', 'pacao=echo&pacam=PUT&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'PUT'], ['cors/preflight-missing-max-age']],
    ['cors/preflight-with-body', 'pstatus=200&pbody=hi&pacao=echo&pacam=PUT&pmaxage=600&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'PUT'], ['cors/preflight-with-body']],
    ['cors/wildcard-with-credentials', 'acao=*', ['--origin', ORIGIN, '--credentials'], ['cors/wildcard-with-credentials']],
  ])('%s fires on its case, and only it', async (_rule, knobs, args, expected) => {
    const { exchanges } = await json([url(knobs), ...args]);
    expect(corsRules(exchanges)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['a simple GET', 'acao=echo&vary=Origin', ['--origin', ORIGIN]],
    ['a simple GET allowed to every origin', 'acao=*', ['--origin', ORIGIN]],
    ['a credentialed GET', 'acao=echo&acac=true&vary=Origin', ['--origin', ORIGIN, '--credentials']],
    ['a preflighted PUT with a custom header', 'pacao=echo&pacam=PUT&pacah=x-custom&pmaxage=600&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'PUT', '-H', 'X-Custom: 1']],
    ['a credentialed preflighted DELETE', 'pacao=echo&pacac=true&pacam=DELETE&pmaxage=600&acao=echo&acac=true&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'DELETE', '--credentials']],
    ['a JSON POST with Authorization', 'pacao=echo&pacac=true&pacam=POST&pacah=authorization,content-type&pmaxage=600&acao=echo&acac=true&vary=Origin', ['--origin', ORIGIN, '--cors', '--json-body', '{}', '-H', 'Authorization: Bearer t0ken']],
    ['a PATCH with Authorization, no credentials, answered without Access-Control-Allow-Credentials', 'pacao=echo&pacam=PATCH&pacah=authorization&pmaxage=600&pvary=Origin&acao=echo&vary=Origin', ['--origin', ORIGIN, '--cors', '-X', 'PATCH', '-H', 'Authorization: Bearer t0ken']],
    ['a GET with Authorization answered with *', 'pacao=*&pacah=authorization&pmaxage=600&acao=*', ['--origin', ORIGIN, '--cors', '-H', 'Authorization: Bearer t0ken']],
  ])('a correct configuration stays quiet: %s', async (_label, knobs, args) => {
    const { exchanges, verdict } = await json([url(knobs), ...args]);
    expect(corsRules(exchanges)).toEqual([]);
    expect(verdict).toMatchObject({ verdict: 'allowed', failedRule: null, origin: ORIGIN });
  });
});

describe('--cors', () => {
  it('sends the preflight first, announced on stderr, and the request after it', async () => {
    const { exchanges, verdict, stderr } = await json([url('pacao=echo&pacam=PUT&pacah=content-type,x-custom&pmaxage=60&acao=echo&vary=Origin'), '-X', 'PUT', '--origin', ORIGIN, '--cors', '--json-body', '{}', '-H', 'X-Custom: 1']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'PUT']);
    const [preflight, actual] = exchanges as [JsonExchange, JsonExchange];
    expect(header(preflight, 'Origin')).toBe(ORIGIN);
    expect(header(preflight, 'Access-Control-Request-Method')).toBe('PUT');
    expect(header(preflight, 'Access-Control-Request-Headers')).toBe('content-type,x-custom');
    expect(header(preflight, 'X-Custom')).toBeUndefined();
    expect(header(actual, 'Origin')).toBe(ORIGIN);
    expect(header(actual, 'X-Custom')).toBe('1');
    expect(stderr).toContain(`* sending the CORS preflight a browser at ${ORIGIN} sends first: OPTIONS`);
    // The verdict sits on the actual request's entry; the preflight's is null.
    expect(preflight.cors).toBeNull();
    expect(actual.cors).toEqual({ origin: ORIGIN, preflight: 0, verdict: 'allowed', failedRule: null, explanation: `A browser at ${ORIGIN} would ALLOW this request`, chromium: 'allowed', deviation: null });
    expect(verdict).toBe(actual.cors);
  });

  it('does not send the request when the preflight fails, and says so in the text report', async () => {
    const target = url('pacao=echo&pacam=GET,POST&pmaxage=600&acao=echo&vary=Origin');
    const { exchanges, verdict, stderr } = await json([target, '-X', 'DELETE', '--origin', ORIGIN, '--cors']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS']);
    expect(stderr).toContain('the preflight failed, so a browser would not send the DELETE');
    expect(verdict).toEqual({
      origin: ORIGIN,
      preflight: 0,
      verdict: 'blocked',
      failedRule: 'cors/method-not-allowed',
      explanation: `A browser at ${ORIGIN} would BLOCK this request: the preflight does not allow method DELETE`,
      chromium: 'blocked',
      deviation: null,
    });
    const text = await runCli([target, '-X', 'DELETE', '--origin', ORIGIN, '--cors']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`✖ CORS: A browser at ${ORIGIN} would BLOCK this request: the preflight does not allow method DELETE [cors/method-not-allowed]`);
  });

  it('sends no preflight when a browser would send none, and says why', async () => {
    const { exchanges, verdict, stderr } = await json([url('acao=*'), '--origin', ORIGIN, '--cors', '-H', 'Accept-Language: en']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['GET']);
    expect(stderr).toContain('no CORS preflight: GET with CORS-safelisted headers needs none');
    expect(verdict).toMatchObject({ preflight: null, verdict: 'allowed' });
  });

  it('keeps credentials off the preflight; Authorization alone does not make the request credentialed', async () => {
    const { exchanges, verdict } = await json([url('pacao=*&pacah=authorization&pmaxage=60&acao=*'), '--origin', ORIGIN, '--cors', '-H', 'Authorization: Bearer t0ken']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'GET']);
    expect(header(exchanges[0]!, 'Authorization')).toBeUndefined();
    expect(header(exchanges[0]!, 'Access-Control-Request-Headers')).toBe('authorization');
    expect(header(exchanges[1]!, 'Authorization')).toMatch(/^Bearer /); // masked in the report
    expect(corsRules(exchanges)).toEqual([]);
    expect(verdict).toMatchObject({ verdict: 'allowed', chromium: 'allowed', deviation: null });
  });

  it('with --credentials the same answer is blocked: * is no wildcard then', async () => {
    const { verdict } = await json([url('pacao=*&pacah=authorization&pmaxage=60&acao=*'), '--origin', ORIGIN, '--cors', '--credentials', '-H', 'Authorization: Bearer t0ken']);
    expect(verdict).toMatchObject({ verdict: 'blocked', failedRule: 'cors/wildcard-with-credentials' });
  });

  it('drops a Cookie a page cannot set, saying so once on stderr and in the verdict', async () => {
    const { exchanges, verdict, stderr } = await json([url('acao=*'), '--origin', ORIGIN, '-H', 'Cookie: sid=1']);
    expect(exchanges).toHaveLength(1);
    expect(header(exchanges[0]!, 'Cookie')).toBeUndefined();
    expect(stderr.match(/the Cookie header was not sent/g)).toHaveLength(1);
    expect(stderr).toContain('use --credentials');
    expect(verdict).toMatchObject({ verdict: 'allowed' });
    expect(verdict!.explanation).toContain('Note: the Cookie header was not sent: a page cannot set it');
    // With --credentials the Cookie stands for the cookie jar: sent, and the request is credentialed.
    const jar = await json([url('acao=*'), '--origin', ORIGIN, '--credentials', '-H', 'Cookie: sid=1']);
    expect(header(jar.exchanges[0]!, 'Cookie')).toMatch(/^sid=/); // masked in the report
    expect(jar.stderr).not.toContain('the Cookie header was not sent');
    expect(jar.verdict).toMatchObject({ verdict: 'blocked', failedRule: 'cors/wildcard-with-credentials' });
  });

  it('shows both answers where Chromium still lets * cover Authorization, and sends the request Chromium would', async () => {
    const target = url('pacao=*&pacah=*&pmaxage=60&acao=*');
    const { exchanges, verdict, stderr } = await json([target, '--origin', ORIGIN, '--cors', '-H', 'Authorization: Bearer t0ken']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'GET']);
    expect(stderr).toContain('Chromium today lets it through (deprecated): sending the GET');
    expect(corsRules(exchanges)).toEqual(['cors/header-not-allowed']);
    expect(verdict).toMatchObject({ verdict: 'blocked', failedRule: 'cors/header-not-allowed', chromium: 'allowed' });
    expect(verdict!.deviation).toContain('Chromium still lets "*"');
    const text = await runCli([target, '--origin', ORIGIN, '--cors', '-H', 'Authorization: Bearer t0ken']);
    expect(text.stdout).toContain('Fetch: blocked; Chromium today: allowed, deprecated');
  });

  it('puts the preflight index into the whole report when several URLs are inspected', async () => {
    const knobs = 'pacao=echo&pacam=PUT&pmaxage=60&acao=echo&vary=Origin';
    const { exchanges, verdicts } = await json([url(`${knobs}&n=1`), url(`${knobs}&n=2`), '-X', 'PUT', '--origin', ORIGIN, '--cors']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'PUT', 'OPTIONS', 'PUT']);
    expect(verdicts.map((v) => v!.preflight)).toEqual([0, 2]);
    expect(exchanges.map((e) => e.cors === null)).toEqual([true, false, true, false]);
  });
});

describe('method case, as fetch() sends it', () => {
  it.each<[string, string, string, string]>([
    ['put', 'PUT', 'PUT', 'allowed'],
    ['delete', 'delete', 'DELETE', 'blocked'],
    ['patch', 'PATCH', 'patch', 'blocked'],
    ['patch', 'patch', 'patch', 'allowed'],
  ])('-X %s --cors against Access-Control-Allow-Methods: %s (sent as %s): %s', async (typed, allowed, sent, expected) => {
    const { exchanges, verdict } = await json([url(`pacao=echo&pacam=${allowed}&pmaxage=60&acao=echo&vary=Origin`), '-X', typed, '--origin', ORIGIN, '--cors']);
    expect(header(exchanges[0]!, 'Access-Control-Request-Method')).toBe(sent);
    expect(verdict).toMatchObject({ verdict: expected });
    if (expected === 'allowed') expect(exchanges[1]!.request.method).toBe(sent);
    else expect(verdict!.explanation).toContain(`does not allow method ${sent}`);
  });

  it('without a browser simulated, the method is sent exactly as typed', async () => {
    const { exchanges } = await json([url('acao=*'), '-X', 'put', '-H', `Origin: ${ORIGIN}`]);
    expect(exchanges[0]!.request.method).toBe('put');
    const plain = await json([url('acao=*'), '-X', 'put']);
    expect(plain.exchanges[0]!.request.method).toBe('put');
  });
});

describe('--preflight-only', () => {
  it('sends only the OPTIONS, so an unsafe endpoint is checked without running it', async () => {
    const { exchanges, verdict, stderr } = await json([url('pacao=echo&pacam=DELETE&pmaxage=600'), '-X', 'DELETE', '--origin', ORIGIN, '--preflight-only']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS']);
    expect(stderr).toContain('--preflight-only: the DELETE itself is not sent');
    expect(exchanges[0]!.cors).toBe(verdict);
    expect(verdict).toMatchObject({ verdict: 'allowed', preflight: 0 });
    expect(verdict!.explanation).toContain('only the preflight was sent');
  });

  it('is a usage error when a browser would send no preflight', async () => {
    const r = await runCli([url(''), '--origin', ORIGIN, '--preflight-only']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('a browser sends no preflight here');
    expect(r.stdout).toBe('');
  });
});

describe('hand-built requests count the same', () => {
  it("-H 'Origin: …' is --origin", async () => {
    const byHand = await json([url('acao=https://other.example'), '-H', `Origin: ${ORIGIN}`]);
    const byFlag = await json([url('acao=https://other.example'), '--origin', ORIGIN]);
    expect(byHand.verdict).toEqual(byFlag.verdict);
    expect(byHand.verdict).toMatchObject({ verdict: 'blocked', failedRule: 'cors/origin-not-allowed' });
  });

  it('a hand-built preflight asking for authorization is not taken as credentialed', async () => {
    const { exchanges, verdict } = await json([
      url('pacao=echo&pacam=PATCH&pacah=authorization&pmaxage=60&pvary=Origin'),
      '-X', 'OPTIONS', '-H', `Origin: ${ORIGIN}`, '-H', 'Access-Control-Request-Method: PATCH', '-H', 'Access-Control-Request-Headers: authorization',
    ]);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]!.findings).toEqual([]);
    expect(verdict).toMatchObject({ verdict: 'allowed', failedRule: null });
  });

  it('an OPTIONS carrying Origin and Access-Control-Request-Method is judged as a preflight', async () => {
    const { exchanges, verdict } = await json([url('pacao=echo&pacam=GET&pmaxage=60'), '-X', 'OPTIONS', '-H', `Origin: ${ORIGIN}`, '-H', 'Access-Control-Request-Method: DELETE']);
    expect(exchanges).toHaveLength(1);
    expect(corsRules(exchanges)).toEqual(['cors/method-not-allowed']);
    expect(verdict).toMatchObject({ preflight: 0, verdict: 'blocked', failedRule: 'cors/method-not-allowed' });
  });

  it('with --cors, a hand-built preflight is sent as built, not preflighted itself', async () => {
    const { exchanges, stderr } = await json([url('pacao=echo&pacam=DELETE&pmaxage=60'), '-X', 'OPTIONS', '-H', `Origin: ${ORIGIN}`, '-H', 'Access-Control-Request-Method: DELETE', '--cors']);
    expect(exchanges).toHaveLength(1);
    expect(stderr).toContain('the request is itself a CORS preflight');
  });

  it('same-origin requests are not CORS', async () => {
    const { exchanges, verdict, stderr } = await json([url(''), '-X', 'PUT', '--origin', lab.url, '--cors']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['PUT']);
    expect(stderr).toContain('no CORS preflight');
    expect(corsRules(exchanges)).toEqual([]);
    expect(verdict).toMatchObject({ verdict: 'allowed', failedRule: null });
  });
});

describe('redirects', () => {
  it('sends Origin: null after a cross-origin redirect, as a browser does', async () => {
    const next = `${other.url}/cors?acao=echo&vary=Origin`;
    const { exchanges, verdict } = await json([url(`status=302&acao=echo&vary=Origin&location=${encodeURIComponent(next)}`), '--origin', ORIGIN, '-L']);
    expect(exchanges.map((e) => header(e, 'Origin'))).toEqual([ORIGIN, 'null']);
    expect(verdict).toMatchObject({ verdict: 'allowed' });
  });
});

describe('--cors -L: a new preflight after a redirect', () => {
  const hopKnobs = (preflight: string) => `${preflight}&pmaxage=60&acao=*`;
  const start = (next: string) => url(`pacao=echo&pacam=PUT&pmaxage=60&status=307&acao=echo&vary=Origin&location=${encodeURIComponent(next)}`);

  it('sends the second preflight to the new origin with Origin: null, announced, and judges it', async () => {
    const next = `${other.url}/cors?${hopKnobs('pacao=null&pacam=PUT')}`;
    const { exchanges, verdict, stderr } = await json([start(next), '-X', 'PUT', '--origin', ORIGIN, '--cors', '-L']);
    expect(exchanges.map((e) => `${e.request.method} ${new URL(e.url).origin}`)).toEqual([`OPTIONS ${lab.url}`, `PUT ${lab.url}`, `OPTIONS ${other.url}`, `PUT ${other.url}`]);
    const second = exchanges[2]!;
    expect(header(second, 'Origin')).toBe('null');
    expect(header(second, 'Access-Control-Request-Method')).toBe('PUT');
    expect(stderr).toContain(`sending the CORS preflight a browser sends before following the redirect: OPTIONS ${next}`);
    expect(verdict).toMatchObject({ verdict: 'allowed', preflight: 0 });
    expect(verdict!.explanation).toContain(`the preflight after the redirect to ${next} passed too`);
  });

  it('blocks when the second preflight fails, and does not send the request there', async () => {
    const next = `${other.url}/cors?${hopKnobs(`pacao=${encodeURIComponent(ORIGIN)}&pacam=PUT`)}`;
    const { exchanges, verdict } = await json([start(next), '-X', 'PUT', '--origin', ORIGIN, '--cors', '-L']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'PUT', 'OPTIONS']);
    expect(verdict).toMatchObject({ verdict: 'blocked', failedRule: 'cors/origin-not-allowed', preflight: 2 });
    expect(verdict!.explanation).toContain(`the preflight after the redirect to ${next} response allows origin ${ORIGIN}, not null`);
  });

  it('sends none when the hop became a simple request (303 turns PUT into GET)', async () => {
    const next = `${other.url}/cors?acao=*`;
    const first = url(`pacao=echo&pacam=PUT&pmaxage=60&status=303&acao=echo&vary=Origin&location=${encodeURIComponent(next)}`);
    const { exchanges, verdict, stderr } = await json([first, '-X', 'PUT', '--origin', ORIGIN, '--cors', '-L']);
    expect(exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'PUT', 'GET']);
    expect(stderr).toContain(`no CORS preflight after the redirect to ${next}: GET with CORS-safelisted headers needs none`);
    expect(verdict).toMatchObject({ verdict: 'allowed' });
  });
});

describe('usage errors', () => {
  it.each<[string[], string]>([
    [['--cors'], '--cors simulates a browser request: give the page\'s origin with --origin'],
    [['--credentials'], '--credentials simulates a browser request'],
    [['--origin', 'https://app.example/'], '--origin expects an origin such as https://app.example'],
    [['--origin', 'app.example'], '--origin expects an origin'],
    [['--origin', 'https://App.Example:443'], 'a browser would send Origin: https://app.example'],
    [['--origin', ORIGIN, '-H', 'Origin: https://b.example'], 'disagree'],
  ])('%j', async (args, message) => {
    const r = await runCli([url(''), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
