// --record then --replay: the same exchanges judged again offline give the same findings, byte offsets
// included, with secret header values masked in the record (same length, so offsets do not move).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/lab/scenarios/index';
import { startLab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

const dir = mkdtempSync(join(tmpdir(), 'httpinspect-record-'));
const DATE = 'Date: Sun, 29 Nov 2026 10:00:00 GMT\r\n';
const RESPONSES: Record<string, string> = {
  '/no-content': `HTTP/1.1 204 No Content\r\n${DATE}Set-Cookie: sid=topsecretcookie; Path=/; HttpOnly\r\nContent-Length: 5\r\n\r\nhello`,
  '/chunked': `HTTP/1.1 200 OK\r\n${DATE}Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel\r\n0\r\n\r\n`,
  '/moved': `HTTP/1.1 302 Found\r\n${DATE}Location: /no-content\r\nContent-Length: 0\r\n\r\n`,
  // Past what --max-body keeps (1KiB + head room): counted, not kept; 10 promised bytes never come.
  '/big': `HTTP/1.1 200 OK\r\n${DATE}Content-Type: application/json\r\nContent-Length: 200010\r\n\r\n{"a": ${'1'.repeat(199_994)}}`,
  '/bare': `HTTP/1.1 200 OK\n${DATE}Content-Type: text/html\r\n\r\nclose-delimited`,
};

let server: RawServer;
beforeAll(async () => {
  server = await rawServer((socket, request) => {
    const path = request.slice(0, request.indexOf('\r\n')).split(' ')[1]!;
    socket.end(Buffer.from(RESPONSES[path] ?? `HTTP/1.1 404 Not Found\r\n${DATE}Content-Length: 0\r\n\r\n`, 'latin1'));
  });
});
afterAll(async () => {
  await server.close();
});

interface Entry {
  url: string;
  request: { method: string; headers: Array<[string, string]> };
  findings: Array<{ ruleId: string; severity: string; message: string; evidence: string; location: unknown }>;
  notEvaluated: string[];
}

const findingsOf = (report: { exchanges: Entry[] }) =>
  report.exchanges.map((e) => ({ url: e.url, method: e.request.method, findings: e.findings.map(({ ruleId, severity, message, evidence, location }) => ({ ruleId, severity, message, evidence, location })), notEvaluated: e.notEvaluated }));

describe('--record and --replay', () => {
  it('replays an inspection run (redirect hops, a body past --max-body, bare LF) with the same findings and offsets', async () => {
    const record = join(dir, 'run.jsonl');
    const urls = ['/no-content', '/chunked', '/moved', '/big', '/bare'].map((p) => `${server.url}${p}`);
    const live = await runCli([...urls, '-L', '--max-body', '1KiB', '-H', 'Authorization: Bearer supersecret42', '--json', '--record', record]);
    expect(live.code).toBe(1);
    const replay = await runCli(['--replay', record, '--max-body', '1KiB', '--json']);
    expect(replay.code).toBe(1);
    const liveReport = JSON.parse(live.stdout);
    const replayReport = JSON.parse(replay.stdout);
    expect(findingsOf(replayReport)).toEqual(findingsOf(liveReport));
    // The checks that matter here did fire, with offsets into the received bytes.
    const ids = liveReport.exchanges.flatMap((e: Entry) => e.findings.map((f) => f.ruleId));
    expect(ids).toEqual(expect.arrayContaining(['framing/body-on-204', 'framing/invalid-chunked-encoding', 'framing/bare-lf', 'framing/content-length-mismatch']));
    expect(ids.length).toBeGreaterThan(8);
    expect(liveReport.exchanges).toHaveLength(6); // /moved was followed to /no-content
    expect(replayReport.exchanges.map((e: { inspection: number }) => e.inspection)).toEqual([0, 1, 2, 2, 3, 4]);

    // Secrets are masked in the record, character for character.
    const lines = readFileSync(record, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    // The body past --max-body was not kept: the record carries the capture's own parse for it.
    expect(lines[4].receivedTotal).toBeGreaterThan(Buffer.from(lines[4].received, 'base64').length);
    expect(lines[4].parsed.response.contentLength).toBe(200_001);
    expect(lines[0].parsed).toBeUndefined();
    const everything = lines.map((l) => `${JSON.stringify(l)}${Buffer.from(l.sent, 'base64').toString('latin1')}${Buffer.from(l.received, 'base64').toString('latin1')}`).join('');
    expect(everything).not.toContain('supersecret42');
    expect(everything).not.toContain('topsecretcookie');
    expect(Buffer.from(lines[0].sent, 'base64').toString('latin1')).toContain('\r\nAuthorization: Bearer *************\r\n');
    expect(Buffer.from(lines[0].received, 'base64').toString('latin1')).toContain('\r\nSet-Cookie: sid=***************; Path=/; HttpOnly\r\n');
  });

  it('a replay points at the --input lines the live run read, so SARIF results keep their locations', async () => {
    const input = join(dir, 'targets.txt');
    writeFileSync(input, `# two targets\n${server.url}/no-content\n\n${server.url}/chunked\n`);
    const record = join(dir, 'input.jsonl');
    const live = JSON.parse((await runCli(['--input', input, '-f', 'sarif', '--record', record])).stdout);
    const replay = JSON.parse((await runCli(['--replay', record, '-f', 'sarif'])).stdout);
    const where = (sarif: { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }> }) =>
      sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region?.startLine}`);
    expect(where(replay)).toEqual(where(live));
    expect(where(live)).toEqual(expect.arrayContaining([expect.stringMatching(/^framing\/body-on-204 .*targets\.txt:2$/), expect.stringMatching(/^framing\/invalid-chunked-encoding .*targets\.txt:4$/)]));
  });

  it('keeps secrets with --show-secrets, and rejects a file that is not a record with one line naming it', async () => {
    const record = join(dir, 'secrets.jsonl');
    await runCli([`${server.url}/no-content`, '-H', 'Authorization: Bearer supersecret42', '--record', record, '--show-secrets', '--fail-on', 'none']);
    expect(Buffer.from(JSON.parse(readFileSync(record, 'utf8')).sent, 'base64').toString('latin1')).toContain('Bearer supersecret42');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"schemaVersion": 1}\n');
    const r = await runCli(['--replay', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`httpinspect: ${bad}:1: not an httpinspect record line of version 1 (written with --record)\n`);
  });

  it('replays what the proxy recorded with the same findings as the live proxy run', async () => {
    const record = join(dir, 'proxy.jsonl');
    const client = join(dir, 'client.mjs');
    writeFileSync(
      client,
      `const base = process.env.HTTPINSPECT_PROXY_URL;
for (const path of ['/no-content', '/chunked', '/bare']) {
  const net = await import('node:net');
  const u = new URL(base);
  await new Promise((resolve) => {
    const s = net.connect(Number(u.port), u.hostname, () => s.write('GET ' + path + ' HTTP/1.1\\r\\nHost: app.test\\r\\nCookie: session=hushhush\\r\\n\\r\\n'));
    s.on('data', () => undefined);
    s.on('close', resolve);
  });
}`,
    );
    const live = await runCli(['proxy', '--upstream', server.url, '-f', 'json', '--record', record, '--', process.execPath, client], { timeoutMs: 20_000 });
    expect(live.code).toBe(1);
    const replay = await runCli(['--replay', record, '--json']);
    expect(findingsOf(JSON.parse(replay.stdout))).toEqual(findingsOf(JSON.parse(live.stdout)));
    expect(readFileSync(record, 'utf8')).not.toContain(Buffer.from('hushhush').toString('base64').slice(0, 8));
    const sent = Buffer.from(JSON.parse(readFileSync(record, 'utf8').split('\n')[0]!).sent, 'base64').toString('latin1');
    expect(sent).toBe('GET /no-content HTTP/1.1\r\nHost: app.test\r\nCookie: session=********\r\nConnection: close\r\n\r\n');
  });

  it('replays HTTP/2 exchanges (h2c lab scenarios) with the same findings; frames carrying secrets are left out', async () => {
    const lab = await startLab({ port: 0, host: '127.0.0.1', tls: true });
    try {
      const scenarios = allScenarios.filter((x) => x.protocol === 'h2c' && !x.request?.method && !x.compare);
      const urls = scenarios.map((x) => `${lab.h2cUrl}/scenario/${x.name}`);
      const record = join(dir, 'h2.jsonl');
      const live = await runCli([...urls, '--http2-prior-knowledge', '--json', '--record', record, '--extras-timeout', '200ms'], { timeoutMs: 60_000 });
      const replay = await runCli(['--replay', record, '--json']);
      const liveReport = JSON.parse(live.stdout);
      expect(liveReport.exchanges.every((e: { protocol: string }) => e.protocol === 'h2c')).toBe(true);
      expect(liveReport.exchanges.flatMap((e: Entry) => e.findings).length).toBeGreaterThan(5);
      expect(findingsOf(JSON.parse(replay.stdout))).toEqual(findingsOf(liveReport));
      expect(JSON.parse(replay.stdout).exchanges.map((e: { protocol: string }) => e.protocol)).toEqual(liveReport.exchanges.map((e: { protocol: string }) => e.protocol));

      const secret = join(dir, 'h2-secret.jsonl');
      await runCli([urls[0]!, '--http2-prior-knowledge', '-H', 'Authorization: Bearer h2secretvalue', '--record', secret, '--fail-on', 'none']);
      const line = JSON.parse(readFileSync(secret, 'utf8'));
      expect(line.sent).toBe('');
      expect(line.received).toBe('');
      expect(line.unavailable).toContain('wire');
      expect(readFileSync(secret, 'utf8')).not.toContain('h2secretvalue');
    } finally {
      await lab.close();
    }
  });
});
