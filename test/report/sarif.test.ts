import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { pseudoPath, stableEvidence } from '../../src/report/fingerprint';
import { FINGERPRINT_KEY, renderSarif, sarifReport, sourceUri } from '../../src/report/sarif';
import { validateSarif } from '../helpers/sarifSchema';
import { bad204, clean200, contextOf, inspectionOf, inspectionWithFindings, refused, DATE } from './fixtures';

const validate = validateSarif;

function parse(text: string) {
  return JSON.parse(text);
}

describe('SARIF report', () => {
  const inspections = [inspectionOf([bad204()]), inspectionOf([clean200()]), inspectionOf([refused()])];

  it('validates against the official SARIF 2.1.0 schema, with the $schema and version GitHub accepts', () => {
    const sarif = parse(renderSarif(inspections, contextOf({ startedAt: new Date('2026-01-02T03:04:05Z') })));
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
  });

  it('the validator rejects a broken document (the schema check can fail)', () => {
    const sarif = parse(renderSarif(inspections, contextOf()));
    sarif.runs[0].results[0].level = 'fatal';
    delete sarif.runs[0].tool.driver.name;
    expect(validate(sarif)).toBe(false);
  });

  it('lists every enabled rule with description, help, helpUri, default level and category tag', () => {
    const enabled = allRules.filter((r) => r.meta.id !== 'cache/no-validator');
    const run = sarifReport(inspections, contextOf({ rules: enabled })).runs[0]!;
    const rules = run.tool.driver.rules as Array<Record<string, any>>;
    expect(rules.map((r) => r.id)).toEqual(enabled.map((r) => r.meta.id));
    for (const [k, rule] of enabled.entries()) {
      const d = rules[k]!;
      expect(d.shortDescription.text).toBe(rule.meta.title);
      expect(d.fullDescription.text).toBe(rule.meta.why);
      expect(d.help.text).toContain(rule.meta.fix);
      expect(d.helpUri).toBe(rule.meta.ref.url);
      expect(d.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.meta.severity]);
      expect(d.properties.tags).toEqual([rule.meta.category]);
    }
    expect(run.tool.driver.name).toBe('httpinspect');
    expect(run.tool.driver.version).toBe('0.1.0');
  });

  it('has one result per finding, with ruleIndex pointing at its rule and the level of the finding', () => {
    const run = sarifReport(inspections, contextOf()).runs[0]!;
    const findings = inspections.flatMap((i) => i.findings.flat());
    expect(findings.length).toBeGreaterThan(1);
    expect(run.results).toHaveLength(findings.length);
    const rules = run.tool.driver.rules;
    for (const [k, result] of (run.results as Array<Record<string, any>>).entries()) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.ruleId).toBe(findings[k]!.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[findings[k]!.severity]);
    }
    const body = (run.results as Array<Record<string, any>>).find((r) => r.ruleId === 'framing/body-on-204')!;
    expect(body.message.text).toContain('5 bytes follow the header block of a 204 response');
    expect(body.message.text).toContain('"hello"');
    expect(body.message.text).toContain('DELETE http://127.0.0.1:8080/items/1');
    expect(body.locations[0].logicalLocations[0]).toMatchObject({ name: 'http://127.0.0.1:8080/items/1', fullyQualifiedName: 'DELETE http://127.0.0.1:8080/items/1' });
  });

  it('uses a user-given severity: a warning finding is a warning result', () => {
    const inspection = inspectionWithFindings(clean200(), [{ ruleId: 'headers/missing-date', severity: 'error' }, { ruleId: 'cache/no-validator', severity: 'info' }]);
    const results = sarifReport([inspection], contextOf()).runs[0]!.results as Array<Record<string, any>>;
    expect(results.map((r) => r.level)).toEqual(['error', 'note']);
  });

  it('locates results in the source file and line when known, else in a relative pseudo-path of the URL', () => {
    const context = contextOf({ sources: [{ file: 'api/targets.yml', line: 7 }, undefined, { file: 'my targets.txt' }] });
    const run = sarifReport(inspections, context).runs[0]!;
    const results = run.results as Array<Record<string, any>>;
    const fromConfig = results.find((r) => r.ruleId === 'framing/body-on-204')!;
    expect(fromConfig.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'api/targets.yml' }, region: { startLine: 7 } });
    const clean = sarifReport([inspectionWithFindings(clean200(), [{ ruleId: 'cache/no-validator', severity: 'info' }])], contextOf()).runs[0]!;
    expect((clean.results[0] as Record<string, any>).locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'http/127.0.0.1_8080/health' },
      region: { startLine: 1 },
    });
    expect(sourceUri('my targets.txt')).toBe('my%20targets.txt');
    expect(sourceUri('/abs/dir/t.yml')).toBe('file:///abs/dir/t.yml');
  });

  it('pseudo-paths are relative, scheme-less, safe, and hash the query', () => {
    expect(pseudoPath('http://127.0.0.1:8080/items/1')).toBe('http/127.0.0.1_8080/items/1');
    expect(pseudoPath('https://example.com/')).toBe('https/example.com_443/index');
    expect(pseudoPath('http://[::1]:81/a b/.../ü')).toBe('http/__1_81/a_b/___/_');
    const q1 = pseudoPath('http://h/search?b=2&a=1');
    expect(q1).toMatch(/^http\/h_80\/search__q[0-9a-f]{8}$/);
    expect(pseudoPath('http://h/search?a=1&b=2')).toBe(q1);
    expect(pseudoPath('http://h/search?a=1&b=3')).not.toBe(q1);
    for (const p of [q1, pseudoPath('http://[::1]:81/x/%2e%2e/%2E/y/..')]) {
      expect(p).toMatch(/^[A-Za-z0-9._~\-/]+$/);
      expect(p.split('/')).not.toContain('..');
    }
  });

  it('fingerprints are stable across runs (dates, byte offsets, credentials) and differ between targets', () => {
    const fp = (inspection: ReturnType<typeof inspectionOf>) =>
      (sarifReport([inspection], contextOf()).runs[0]!.results as Array<Record<string, any>>).map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);
    const first = fp(inspectionOf([bad204()]));
    const later = fp(inspectionOf([bad204('Mon, 23 Nov 2026 10:00:00 GMT', 'http://user:pw@127.0.0.1:8080/items/1#x', 'Server: longer-header\r\n')]));
    expect(first.length).toBe(2);
    expect(later).toEqual(first);
    const other = fp(inspectionOf([bad204(DATE, 'http://127.0.0.1:8080/items/2')]));
    expect(other.filter((f) => first.includes(f))).toEqual([]);
    expect(stableEvidence('Content-Length: 5 at byte 128')).toBe('Content-Length: 5 at byte #');
    expect(stableEvidence(`Date: ${DATE}`)).toBe('Date: <date>');
  });

  it('tells identical findings on one exchange apart', () => {
    const inspection = inspectionWithFindings(clean200(), [
      { ruleId: 'headers/duplicate-singleton', severity: 'warning', evidence: 'X: 1' },
      { ruleId: 'headers/duplicate-singleton', severity: 'warning', evidence: 'X: 1' },
    ]);
    const results = sarifReport([inspection], contextOf()).runs[0]!.results as Array<Record<string, any>>;
    const fps = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(2);
  });

  it('masks secrets in messages and evidence unless showSecrets, with the same fingerprint either way', () => {
    const exchange = bad204(DATE, 'http://alice:hunter2@127.0.0.1:8080/items/1');
    const inspection = inspectionWithFindings(exchange, [{ ruleId: 'headers/duplicate-singleton', severity: 'warning', evidence: 'Set-Cookie: session=s3cr3t; Path=/' }]);
    const masked = renderSarif([inspection], contextOf());
    expect(masked).not.toContain('s3cr3t');
    expect(masked).not.toContain('hunter2');
    expect(masked).toContain('session=****');
    const shown = renderSarif([inspection], contextOf({ showSecrets: true }));
    expect(shown).toContain('s3cr3t');
    const fpOf = (text: string) => parse(text).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    expect(fpOf(shown)).toBe(fpOf(masked));
  });

  it('adds a descriptor for findings of rules outside the enabled list (internal/rule-failed)', () => {
    const inspection = inspectionWithFindings(clean200(), [{ ruleId: 'internal/rule-failed', severity: 'warning', message: 'rule x failed' }]);
    const sarif = sarifReport([inspection], contextOf());
    const run = sarif.runs[0]!;
    const result = run.results[0] as Record<string, any>;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('internal/rule-failed');
    expect(validate(sarif)).toBe(true);
  });

  it('reports transport errors as tool notifications; the run fails only when nothing was inspected', () => {
    const mixed = sarifReport(inspections, contextOf()).runs[0]!;
    const invocation = mixed.invocations[0] as Record<string, any>;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', descriptor: { id: 'REFUSED' } });
    expect(invocation.toolExecutionNotifications[0].message.text).toContain('connection refused');
    const dead = sarifReport([inspectionOf([refused()])], contextOf());
    expect((dead.runs[0]!.invocations[0] as Record<string, any>).executionSuccessful).toBe(false);
    expect(dead.runs[0]!.results).toEqual([]);
    expect(validate(dead)).toBe(true);
  });

  it('makes control and bidi characters from the server visible', () => {
    const inspection = inspectionWithFindings(clean200(), [
      { ruleId: 'headers/invalid-date', severity: 'error', message: 'bad \u001b[31mred\u202e', evidence: 'Date: \u0000x' },
    ]);
    const text = parse(renderSarif([inspection], contextOf())).runs[0].results[0].message.text as string;
    expect(text).toContain('\\x1b[31mred\\u202e');
    expect(text).toContain('Date: \\x00x');
    expect(text).not.toMatch(/[\u0000\u001b\u202e]/);
  });
});
