// The cache, range and status families end to end: the real CLI against the lab's scenarios over loopback
// (each requested with its own method, headers and body, as `demo` does), every rule firing with its evidence
// and the common correct idioms staying quiet; and the pair rules on a saved raw response, judged only when
// the saved request is given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { cacheScenarios } from '../../src/lab/scenarios/cache';
import { rangeScenarios } from '../../src/lab/scenarios/range';
import { statusScenarios } from '../../src/lab/scenarios/status';
import type { Scenario } from '../../src/lab/scenario';
import { runCli } from '../helpers/cli';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  evidence: string;
  location: { part: string; header?: string } | null;
}
interface JsonExchange {
  response: { status: number } | null;
  findings: JsonFinding[];
  notEvaluated: string[];
}

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab?.close();
});

function argsOf(s: Scenario): string[] {
  const args = [`${lab.url}/scenario/${s.name}`, '-X', s.request?.method ?? 'GET'];
  for (const [name, value] of s.request?.headers ?? []) args.push('-H', `${name}: ${value}`);
  if (s.request?.body !== undefined) args.push('-d', s.request.body);
  return [...args, '--json', '--fail-on', 'none'];
}

async function inspect(args: string[]): Promise<JsonExchange> {
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
}

const SCENARIOS = [...cacheScenarios, ...rangeScenarios, ...statusScenarios];
const ids = (e: JsonExchange) => [...new Set(e.findings.map((f) => f.ruleId))].sort();
const finding = (e: JsonExchange, id: string) => e.findings.find((f) => f.ruleId === id)!;

/** Inspects a scenario through the CLI and checks that exactly its expected rules fired (as `demo` does). */
async function scenario(name: string): Promise<JsonExchange> {
  const s = SCENARIOS.find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  const e = await inspect(argsOf(s));
  expect(ids(e)).toEqual([...s.expect].sort());
  for (const f of e.findings) if (f.location?.part === 'header') expect(f.location.header, f.ruleId).toBeTruthy();
  return e;
}

describe('each rule fires on its scenario, alone, with the exact evidence', () => {
  it.concurrent.each<[string, string, string, RegExp | string]>([
    ['invalid-age', 'cache/invalid-age', 'warning', /^Age: -1 at byte \d+$/],
    ['implausible-age', 'cache/implausible-age', 'warning', /^Age: 1700000000 at byte \d+$/],
    ['delta-seconds-overflow', 'cache/delta-seconds-overflow', 'info', /^max-age=9999999999 in Cache-Control: public, max-age=9999999999 at byte \d+$/],
    ['request-directive-in-response', 'cache/request-directive-in-response', 'warning', /^max-stale=3600 in Cache-Control: max-age=60, max-stale=3600 at byte \d+$/],
    ['vary-user-agent', 'cache/vary-user-agent', 'warning', /^Vary: Accept-Encoding, User-Agent at byte \d+$/],
    ['vary-host', 'cache/vary-host', 'info', /^Vary: Host at byte \d+$/],
    ['duplicate-vary-member', 'cache/duplicate-vary-member', 'info', /^Vary: Accept-Encoding at byte \d+; Vary: Origin, Accept-Encoding at byte \d+$/],
    ['long-vary', 'cache/long-vary', 'info', /^Vary: Accept, Accept-Encoding, .*X-Region at byte \d+$/],
    ['invalid-cdn-cache-control', 'cache/invalid-cdn-cache-control', 'error', /^CDN-Cache-Control: max-age = 3600 at byte \d+$/],
    ['invalid-last-modified', 'cache/invalid-last-modified', 'error', /^Last-Modified: 2024-01-15T10:00:00Z at byte \d+$/],
    ['metadata-on-304', 'cache/metadata-on-304', 'warning', /^Content-Encoding: gzip at byte \d+$/],
    ['invalid-content-range', 'range/invalid-content-range', 'error', /^Content-Range: bytes=0-4\/11 at byte \d+$/],
    ['content-range-past-length', 'range/invalid-content-range', 'error', /^Content-Range: bytes 0-11\/11 at byte \d+$/],
    ['content-range-on-wrong-status', 'range/content-range-on-wrong-status', 'warning', /^Content-Range: bytes 0-10\/11 at byte \d+$/],
    ['unsatisfied-range-on-206', 'range/unsatisfied-range-on-206', 'error', /^Content-Range: bytes \*\/11 at byte \d+$/],
    ['206-without-range-request', 'range/206-without-range-request', 'error', 'status line "HTTP/1.1 206 Partial Content" at byte 0; the request "GET /scenario/206-without-range-request HTTP/1.1" had no Range header'],
    ['unknown-accept-ranges-unit', 'range/unknown-accept-ranges-unit', 'info', /^Accept-Ranges: byte at byte \d+$/],
    ['content-range-length-mismatch', 'range/content-range-length-mismatch', 'error', /^Content-Range: bytes 0-4\/11 at byte \d+; Content-Length: 4 at byte \d+$/],
    ['multipart-for-single-range', 'range/multipart-for-single-range', 'error', /^Content-Type: multipart\/byteranges; boundary=B at byte \d+; the request had Range: bytes=0-4$/],
    ['content-range-on-multipart', 'range/content-range-on-multipart', 'error', /^Content-Range: bytes 0-10\/11 at byte \d+$/],
    ['set-cookie-shared-cacheable', 'cache/set-cookie-shared-cacheable', 'warning', /^Set-Cookie: sid=.* at byte \d+; Cache-Control: public, max-age=300 at byte \d+$/],
    ['405-allows-refused-method', 'status/405-allows-refused-method', 'warning', /^Allow: GET, HEAD, DELETE at byte \d+$/],
    ['406-without-accept', 'status/406-without-accept', 'warning', 'status line "HTTP/1.1 406 Not Acceptable" at byte 0; the request "GET /scenario/406-without-accept HTTP/1.1" had no Accept-Charset, Accept-Encoding or Accept-Language'],
    ['412-without-precondition', 'status/412-without-precondition', 'warning', /^status line "HTTP\/1.1 412 Precondition Failed" at byte 0; the request "PUT \/scenario\/412-without-precondition HTTP\/1.1" had no conditional header/],
    ['416-without-range', 'status/416-without-range', 'warning', 'status line "HTTP/1.1 416 Range Not Satisfiable" at byte 0; the request "GET /scenario/416-without-range HTTP/1.1" had no Range'],
    ['417-without-expect', 'status/417-without-expect', 'warning', 'status line "HTTP/1.1 417 Expectation Failed" at byte 0; the request "POST /scenario/417-without-expect HTTP/1.1" had no Expect'],
    ['304-without-precondition', 'status/304-without-precondition', 'error', 'status line "HTTP/1.1 304 Not Modified" at byte 0; the request "GET /scenario/304-without-precondition HTTP/1.1" had no If-None-Match or If-Modified-Since'],
    ['411-with-content-length', 'status/411-with-content-length', 'warning', /^status line "HTTP\/1.1 411 Length Required" at byte 0; the request had Content-Length: 17 at byte \d+ of the request$/],
    ['413-without-content', 'status/413-without-content', 'warning', /had no content \(no body, Content-Length or Transfer-Encoding\)$/],
    ['415-without-content', 'status/415-without-content', 'warning', /had no content \(no body, Content-Length or Transfer-Encoding\)$/],
    ['redirect-to-self', 'status/redirect-to-self', 'warning', /^Location: \/scenario\/redirect-to-self at byte \d+ \(resolves to http:\/\/127\.0\.0\.1:\d+\/scenario\/redirect-to-self, the request URI\)$/],
    ['post-redirect-method-change', 'status/post-redirect-method-change', 'info', 'status line "HTTP/1.1 302 Found" at byte 0 in answer to POST /scenario/post-redirect-method-change'],
    ['deprecated-code', 'status/deprecated-code', 'warning', 'status line "HTTP/1.1 305 Use Proxy" at byte 0'],
    ['304-for-other-method', 'status/304-for-other-method', 'error', 'status line "HTTP/1.1 304 Not Modified" at byte 0 in answer to PUT /scenario/304-for-other-method'],
    ['412-instead-of-304', 'status/412-instead-of-304', 'warning', 'status line "HTTP/1.1 412 Precondition Failed" at byte 0; the request had If-None-Match: "v1"'],
    ['invalid-retry-after', 'status/invalid-retry-after', 'warning', /^Retry-After: 30s at byte \d+$/],
    ['invalid-vary', 'cache/invalid-vary', 'warning', /^Vary: Accept-Encoding Origin at byte \d+$/],
    ['416-for-satisfiable-range', 'range/416-for-satisfiable-range', 'error', /^Content-Range: bytes \*\/11 at byte \d+; the request had Range: bytes=0-4$/],
    ['206-to-unranged-method', 'range/206-to-unranged-method', 'error', 'status line "HTTP/1.1 206 Partial Content" at byte 0 in answer to POST /scenario/206-to-unranged-method'],
  ])('%s: %s (%s)', async (name, id, severity, evidence) => {
    const f = finding(await scenario(name), id);
    expect(f, `${id} on ${name}`).toBeDefined();
    expect(f.severity).toBe(severity);
    if (typeof evidence === 'string') expect(f.evidence).toBe(evidence);
    else expect(f.evidence).toMatch(evidence);
  });

  it('a 304 with Content-Type and Content-Encoding: a warning for the coding, info for the type', async () => {
    const e = await scenario('metadata-on-304');
    expect(e.findings.map((f) => [f.ruleId, f.severity, f.location?.header])).toEqual([
      ['cache/metadata-on-304', 'warning', 'Content-Encoding'],
      ['cache/metadata-on-304', 'info', 'Content-Type'],
    ]);
  });
});

describe('the common correct idioms stay quiet', () => {
  it.concurrent.each([
    'spring-security-no-cache-ok',
    'immutable-asset-ok',
    'vary-ok',
    'not-modified-vary-ok',
    'partial-content-ok',
    'open-range-ok',
    'multipart-byteranges-ok',
    'precondition-failed-ok',
    'post-redirect-get-ok',
    'cdn-cache-control-ok',
    'repeated-extension-ok',
  ])('%s', async (name) => {
    expect((await scenario(name)).findings).toEqual([]);
  });
});

describe('pair rules on a saved raw response', () => {
  const dir = mkdtempSync(join(tmpdir(), 'httpinspect-crs-'));
  const raw = join(dir, '304.txt');
  writeFileSync(raw, `HTTP/1.1 304 Not Modified\r\nDate: ${new Date().toUTCString()}\r\nETag: "v1"\r\nCache-Control: max-age=60\r\n\r\n`);

  it('are not evaluated without the saved request, and say why', async () => {
    const r = await runCli(['--raw', raw, '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no findings');
    expect(r.stdout).toMatch(/not evaluated \(the request is not known .*--raw-request\)\): status\/304-without-precondition/);
  });

  it('judge the pair when the saved request is given', async () => {
    const unconditional = join(dir, 'get.txt');
    writeFileSync(unconditional, 'GET /a.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const e = await inspect(['--raw', raw, '--raw-request', unconditional, '--json', '--fail-on', 'none']);
    expect(ids(e)).toEqual(['status/304-without-precondition']);
    const conditional = join(dir, 'conditional.txt');
    writeFileSync(conditional, 'GET /a.json HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: "v1"\r\n\r\n');
    const quiet = await inspect(['--raw', raw, '--raw-request', conditional, '--json', '--fail-on', 'none']);
    expect(quiet.findings).toEqual([]);
    expect(quiet.notEvaluated).toEqual([]);
  });
});
