// The content/ and headers/ families through the real CLI: each rule fires on its lab scenario with its evidence,
// the near-miss idioms stay quiet, and the default responses of nginx, Apache, Express, Django and Spring served
// byte for byte raise no warning or error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { SERVER_DEFAULTS } from '../fixtures/serverDefaults';
import { runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  evidence: string;
  location: { part: string; offset?: number; header?: string } | null;
}

let lab: Lab;
let server: RawServer | undefined;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function inspect(url: string, args: string[] = []) {
  const r = await runCli([url, '--json', '--fail-on', 'none', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { exchanges: Array<{ findings: Finding[] }> };
  return report.exchanges[0]!.findings;
}

const scenario = (name: string, args: string[] = []) => inspect(`${lab.url}/scenario/${name}`, args);

describe('content/ rules fire with their evidence', () => {
  it.each<[string, string, string[], RegExp]>([
    ['json-not-utf8', 'content/json-not-utf8', [], /content starts with 50 bytes: ff fe 7b 00 22 00 69 00/],
    ['charset-mismatch', 'content/charset-mismatch', [], /at byte 3 of the content \(received byte \d+\): 10 bytes: e9 20 61 75/],
    ['unaccepted-encoding', 'content/unaccepted-encoding', ['-H', 'Accept-Encoding: identity'], /^Content-Encoding: gzip at byte \d+; request sent "Accept-Encoding: identity"$/],
    ['invalid-media-type-name', 'content/invalid-media-type-name', [], /^Content-Type: \*\/\* at byte \d+$/],
    ['invalid-content-disposition', 'content/invalid-content-disposition', [], /^Content-Disposition: attachment; filename=annual report\.pdf at byte \d+$/],
    ['unknown-disposition-type', 'content/unknown-disposition-type', [], /^Content-Disposition: attachement; filename="report\.pdf" at byte \d+$/],
    ['attachment-without-filename', 'content/attachment-without-filename', [], /^Content-Disposition: attachment at byte \d+$/],
    ['unsafe-filename', 'content/unsafe-filename', [], /^Content-Disposition: attachment; filename="\.\.\/reports\/q3\.pdf" at byte \d+$/],
    ['invalid-problem-details', 'content/invalid-problem-details', [], /^"status":400 at byte \d+$/],
    ['encoding-without-vary', 'content/encoding-without-vary', ['-H', 'Accept-Encoding: gzip'], /^Content-Encoding: gzip at byte \d+$/],
  ])('%s', async (name, id, args, evidence) => {
    const found = await scenario(name, args);
    expect(found.map((f) => f.ruleId)).toEqual([id]);
    expect(found[0]!.evidence).toMatch(evidence);
  });
});

describe('headers/ rules fire with their evidence', () => {
  it('large-field-value names the field and its size', async () => {
    const [f, ...rest] = await scenario('large-field-value');
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('headers/large-field-value');
    expect(f!.message).toContain('X-Debug-Trace has a 9000-byte value (8.8 KiB)');
    expect(f!.location).toMatchObject({ part: 'header', header: 'X-Debug-Trace' });
  });

  it('large-header-section names the size and the largest fields', async () => {
    const found = await scenario('large-header-section');
    expect(found.map((f) => f.ruleId)).toEqual(['headers/large-header-section']);
    expect(found[0]!.message).toMatch(/the header section is \d+ bytes \(3\d\.\d KiB\), more than the 32\.0 KiB many proxies accept; largest: X-Padding-\d 6015 bytes/);
  });

  it('non-ascii-value says which bytes, where, and their UTF-8 reading', async () => {
    const found = await scenario('non-ascii-value');
    expect(found.map((f) => f.ruleId)).toEqual(['headers/non-ascii-value']);
    expect(found[0]!.message).toMatch(/X-Greeting holds 4 non-ASCII bytes; the first run, c3 bc c3 9f \(UTF-8 for "üß"\), at byte \d+/);
    expect(found[0]!.evidence).toMatch(/^X-Greeting: Gr\\xc3\\xbc\\xc3\\x9fe at byte \d+$/);
  });

  it.each([
    ['obsolete-field', 'headers/obsolete-field', /^P3P: CP="NOI DSP COR NID" at byte \d+$/],
    ['invalid-accept-patch', 'headers/invalid-accept-patch', /^Accept-Patch: json-patch at byte \d+$/],
    ['invalid-accept-post', 'headers/invalid-accept-post', /^Accept-Post: text\/turtle; application\/ld\+json at byte \d+$/],
  ])('%s', async (name, id, evidence) => {
    const found = await scenario(name);
    expect(found.map((f) => f.ruleId)).toEqual([id]);
    expect(found[0]!.evidence).toMatch(evidence);
  });
});

describe('near-misses stay quiet', () => {
  it.each([
    ['json-ok (application/json without charset)', 'json-ok', []],
    ['the RFC 6266 filename + filename* idiom', 'content-disposition-ok', []],
    ['a correct problem+json', 'problem-details-ok', []],
    ['gzip without Vary under Cache-Control: no-store', 'gzip-no-store-without-vary-ok', ['-H', 'Accept-Encoding: gzip']],
    ['Accept-Patch and Accept-Post lists', 'accept-patch-post-ok', []],
  ])('%s', async (_label, name, args) => {
    expect(await scenario(name, args)).toEqual([]);
  });

  it('gzip to a request without Accept-Encoding is acceptable (RFC 9110 §12.5.3)', async () => {
    const found = await scenario('unaccepted-encoding');
    expect(found.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('server and framework defaults, served byte for byte', () => {
  it.each(SERVER_DEFAULTS.map((d) => [d.name, d] as const))('%s: no warning or error', async (_name, d) => {
    server = await rawServer((socket) => socket.end(d.response));
    const args = ['--fail-on', 'warning', '--json', ...(d.requestHeaders ?? []).flatMap(([n, v]) => ['-H', `${n}: ${v}`])];
    const r = await runCli([`${server.url}/`, ...args]);
    const findings = (JSON.parse(r.stdout) as { exchanges: Array<{ findings: Finding[] }> }).exchanges[0]!.findings;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
