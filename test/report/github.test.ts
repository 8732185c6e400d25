import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  markdownCell,
  renderGithub,
  renderGithubSummary,
  SUMMARY_MAX_FINDINGS,
} from '../../src/report/github';
import { bad204, clean200, contextOf, inspectionOf, inspectionWithFindings, refused, sloppy200 } from './fixtures';

/** Splits `::cmd k=v,k=v::message` the way the runner does. */
function parseCommand(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => p.split('=') as [string, string]));
  const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command: m[1]!, props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, unescape(v)])), message: unescape(m[3]!) };
}

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

describe('github annotations', () => {
  it('emits one command per finding with the level of its severity and the rule id as title', () => {
    const inspections = [inspectionOf([bad204()]), inspectionOf([sloppy200()])];
    const findings = inspections.flatMap((i) => i.findings.flat());
    const out = lines(renderGithub(inspections, contextOf()));
    expect(out).toHaveLength(findings.length);
    out.forEach((line, k) => {
      const cmd = parseCommand(line);
      expect(cmd.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[findings[k]!.severity]);
      expect(cmd.props.title).toBe(findings[k]!.ruleId);
      expect(cmd.message).toContain(findings[k]!.message);
    });
    expect(new Set(out.map((l) => parseCommand(l).command))).toEqual(new Set(['error', 'warning', 'notice']));
    const body = out.map(parseCommand).find((c) => c.props.title === 'framing/body-on-204')!;
    expect(body.message).toBe('DELETE http://127.0.0.1:8080/items/1: 5 bytes follow the header block of a 204 response (at byte 83: 5 bytes: 68 65 6c 6c 6f ("hello"))');
  });

  it('places annotations on the source file and line when known', () => {
    const out = lines(renderGithub([inspectionOf([bad204()])], contextOf({ sources: [{ file: 'ci/targets, prod.yml', line: 12 }] })));
    expect(out[0]).toMatch(/^::error file=ci\/targets%2C prod\.yml,line=12,title=framing\/content-length-on-204::DELETE /);
    expect(parseCommand(out[0]!).props).toMatchObject({ file: 'ci/targets, prod.yml', line: '12' });
  });

  it('reports a transport failure as an error annotation and is empty when there is nothing to say', () => {
    const [line] = lines(renderGithub([inspectionOf([refused()])], contextOf()));
    expect(parseCommand(line!)).toEqual({ command: 'error', props: { title: 'no response (REFUSED)' }, message: 'GET http://127.0.0.1:9/down: connection refused by 127.0.0.1:9' });
    expect(renderGithub([inspectionOf([clean200()])], contextOf())).toBe('');
  });

  it('escapes data and properties so server text cannot end the line or start another command', () => {
    expect(escapeData('100%\r\n::error::x')).toBe('100%25%0D%0A::error::x');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const inspection = inspectionWithFindings(clean200(), [
      { ruleId: 'headers/invalid-date', severity: 'warning', message: 'x\n::error::injected 50%', evidence: 'Date: a\r\nb' },
    ]);
    const out = lines(renderGithub([inspection], contextOf()));
    expect(out).toHaveLength(1);
    const cmd = parseCommand(out[0]!);
    expect(cmd.command).toBe('warning');
    expect(cmd.message).not.toMatch(/[\r\n]/);
    expect(cmd.message).toContain('::error::injected 50%');
  });

  it('masks secrets unless asked', () => {
    const inspection = inspectionWithFindings(bad204(undefined, 'http://al:pw123@127.0.0.1:8080/items/1'), [
      { ruleId: 'headers/duplicate-singleton', severity: 'warning', evidence: 'Cookie: sid=abc123' },
    ]);
    const masked = renderGithub([inspection], contextOf());
    expect(masked).not.toMatch(/pw123|abc123/);
    expect(masked).toContain('sid=****');
    expect(renderGithub([inspection], contextOf({ showSecrets: true }))).toContain('abc123');
  });
});

describe('github step summary', () => {
  it('has a row per target with status, result and counts, and a row per finding', () => {
    const inspections = [inspectionOf([bad204()]), inspectionOf([sloppy200()]), inspectionOf([refused()])];
    const md = renderGithubSummary(inspections, contextOf());
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    const targets = rows.slice(1, 4);
    expect(targets[0]).toMatch(/^\| DELETE http\\:\/\/127\\\.0\\\.0\\\.1\\:8080\/items\/1 \| 204 \| ❌ fail \| 2 \| 0 \| 0 \|$/);
    expect(targets[1]).toMatch(/\| 200 \| ✅ pass \| 0 \| 1 \| 3 \|$/);
    expect(targets[2]).toMatch(/\| no response \\\(REFUSED\\\) \| ⛔ error \| 0 \| 0 \| 0 \|$/);
    const findingRows = rows.slice(5);
    expect(findingRows).toHaveLength(inspections.flatMap((i) => i.findings.flat()).length);
    expect(md).toContain('| error | [framing/body-on-204](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5) |');
    expect(md).toContain('3 targets, 2 failing: 2 errors, 1 warning, 3 info (fail on: error)');
  });

  it('escapes Markdown and HTML in server text, keeping each row one table row', () => {
    const nasty = '<script>alert(1)</script> | *bold* [link](http://evil.example) `code` @team\nnext';
    const inspection = inspectionWithFindings(clean200(), [{ ruleId: 'headers/invalid-date', severity: 'error', message: nasty, evidence: nasty }]);
    const md = renderGithubSummary([inspection], contextOf());
    const row = md.split('\n').find((l) => l.startsWith('| error'))!;
    expect(row).toBeDefined();
    expect(md).not.toContain('<script>');
    expect(row).toContain('&lt;script&gt;');
    // Every `|` from the server is escaped: the row has exactly the 6 unescaped pipes of its 5 cells.
    const cells = row.replace(/\\\|/g, '\u0000').split('|');
    expect(cells).toHaveLength(7);
    for (const cell of [cells[4]!, cells[5]!]) {
      expect(cell).toContain('\\*bold\\* \\[link\\]\\(http\\://evil');
      expect(cell).not.toMatch(/(?<!\\)[*`[\]@<>]/);
    }
    expect(markdownCell('a\r\nb')).toBe('a b');
  });

  it('caps the findings table', () => {
    const many = Array.from({ length: SUMMARY_MAX_FINDINGS + 3 }, (_, k) => ({ ruleId: 'cache/no-validator', severity: 'info' as const, message: `m${k}` }));
    const md = renderGithubSummary([inspectionWithFindings(clean200(), many)], contextOf());
    expect(md.split('\n').filter((l) => l.startsWith('| info'))).toHaveLength(SUMMARY_MAX_FINDINGS);
    expect(md).toContain('and 3 more findings');
  });
});
