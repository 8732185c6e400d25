// --probe all against a real nginx serving static files (a loopback-only config the test writes; never skipped).
// With gzip off every probe passes and connection reuse works; nginx's real defects are findings, not noise:
// OPTIONS on a static file is 405 without Allow; Debian's stock `gzip on` compresses without Vary; and with
// `gzip_vary on` its 304 drops the Vary the 200 carried (RFC 9110 §15.4.5).
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { startNginx, type Nginx } from '../helpers/nginx';

// A 3 KB HTML page: large enough that compression pays, so encoding-not-offered can say so (info).
const PAGE = `<!doctype html>\n<html><head><title>probe</title></head><body>\n${'<p>The quick brown fox jumps over the lazy dog.</p>\n'.repeat(60)}</body></html>\n`;

let nginx: Nginx | undefined;
afterEach(async () => {
  await nginx?.stop();
  nginx = undefined;
});

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  evidence: string;
}

async function probeAll(directives: string) {
  nginx = await startNginx({ serverDirectives: directives, files: { 'index.html': PAGE } });
  const url = `${nginx.url}/index.html`;
  const json = await runCli([url, '--probe', 'all', '--json'], { timeoutMs: 30_000 });
  const text = await runCli([url, '--probe', 'all'], { timeoutMs: 30_000 });
  const report = JSON.parse(json.stdout) as { exchanges: Array<{ findings: Finding[]; probe: { name: string } | null; response: { status: number } | null; request: { method: string } }> };
  const probeFindings = report.exchanges.flatMap((e) => e.findings).filter((f) => f.ruleId.startsWith('probe/'));
  return { report, probeFindings, text, json };
}

describe('nginx, --probe all', () => {
  it('gzip off: no probe warning or error, and connection reuse works; OPTIONS is 405 without Allow (info)', async () => {
    const { report, probeFindings, text } = await probeAll('gzip off;');
    expect(probeFindings.filter((f) => f.severity !== 'info'), JSON.stringify(probeFindings, null, 1)).toEqual([]);
    expect([...new Set(probeFindings.map((f) => f.ruleId))].sort()).toEqual(['probe/encoding-not-offered', 'probe/options-not-supported']);
    expect(probeFindings.find((f) => f.ruleId === 'probe/options-not-supported')!.evidence).toBe('sent OPTIONS /index.html; got status line "HTTP/1.1 405 Not Allowed" at byte 0');
    const statuses = report.exchanges.map((e) => `${e.probe?.name ?? 'request'} ${e.request.method} ${e.response?.status}`);
    expect(statuses).toEqual([
      'request GET 200',
      'conditional GET 304',
      'conditional GET 304',
      'range GET 206',
      'range GET 206',
      'range GET 416',
      'encoding GET 200',
      'encoding GET 200',
      'encoding GET 200',
      'head HEAD 200',
      'options OPTIONS 405',
      'reuse GET 200',
      'reuse GET 200',
    ]);
    expect(text.stdout).toMatch(/reuse +GET \(request 2 on one kept-alive connection\) → 200 OK +✔ connection reuse works/);
    expect(text.stdout).toMatch(/range +GET Range: bytes=\d+-\d+ → 206 Partial Content +✔ ok/);
  });

  it('Debian\'s stock `gzip on` compresses without Vary', async () => {
    const { probeFindings, report } = await probeAll('gzip on;');
    const ids = [...new Set(probeFindings.map((f) => f.ruleId))].sort();
    expect(ids).toEqual(['probe/encoding-without-vary', 'probe/options-not-supported']);
    const gzipped = report.exchanges.find((e) => e.probe?.name === 'encoding' && e.findings.some((f) => f.ruleId === 'content/encoding-without-vary'));
    expect(gzipped, 'the gzip response itself lacks Vary too').toBeDefined();
  });

  it('with gzip_vary on, the 304 drops the Vary the 200 carried', async () => {
    const { probeFindings } = await probeAll('gzip on; gzip_vary on;');
    const dropped = probeFindings.filter((f) => f.ruleId === 'probe/304-missing-headers');
    expect(dropped.length).toBeGreaterThan(0);
    for (const f of dropped) {
      expect(f.severity).toBe('warning');
      expect(f.message).toBe('the 304 has no Vary, which the 200 carried (Accept-Encoding): a cache updating from this 304 loses it');
      expect(f.evidence).toMatch(/^status line "HTTP\/1.1 304 Not Modified" at byte 0; no Vary among \d+ header lines; the 200 had Vary: Accept-Encoding at byte \d+$/);
    }
    expect([...new Set(probeFindings.map((f) => f.ruleId))].sort()).toEqual(['probe/304-missing-headers', 'probe/options-not-supported']);
  });
});
