import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { isFailing } from '../../src/report/format';
import { renderJunit } from '../../src/report/junit';
import { stripInvalidXml, xmlAttr, xmlText } from '../../src/report/xml';
import { bad204, clean200, contextOf, inspectionOf, inspectionWithFindings, refused, sloppy200, DATE } from './fixtures';
import { exchangeOf } from '../helpers/exchange';

type Node = Record<string, any>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parseJunit(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  return parser.parse(xml).testsuites as Node;
}

const cases = (suite: Node): Node[] => suite.testcase ?? [];

describe('JUnit report', () => {
  const inspections = [inspectionOf([bad204()]), inspectionOf([clean200()]), inspectionOf([refused()])];

  it('has one testsuite per target and one testcase per enabled rule, with counts that add up', () => {
    const root = parseJunit(renderJunit(inspections, contextOf()));
    const suites = root.testsuite as Node[];
    expect(suites.map((s) => s.name)).toEqual(['DELETE http://127.0.0.1:8080/items/1', 'GET http://127.0.0.1:8080/health', 'GET http://127.0.0.1:9/down']);
    // Responded targets: one case per rule; the refused one: only the transport case.
    expect(cases(suites[0]!)).toHaveLength(allRules.length);
    expect(cases(suites[1]!)).toHaveLength(allRules.length);
    expect(cases(suites[2]!)).toHaveLength(1);
    for (const suite of suites) {
      const list = cases(suite);
      expect(Number(suite.tests)).toBe(list.length);
      expect(Number(suite.failures)).toBe(list.filter((c) => c.failure !== undefined).length);
      expect(Number(suite.errors)).toBe(list.filter((c) => c.error !== undefined).length);
      expect(Number(suite.skipped)).toBe(list.filter((c) => c.skipped !== undefined).length);
    }
    const sum = (key: string) => suites.reduce((n, s) => n + Number(s[key]), 0);
    expect(Number(root.tests)).toBe(sum('tests'));
    expect(Number(root.failures)).toBe(sum('failures'));
    expect(Number(root.errors)).toBe(1);
    expect(root.name).toBe('httpinspect');
  });

  it('turns findings at or above --fail-on into failures with their evidence, and milder ones into system-out', () => {
    const root = parseJunit(renderJunit(inspections, contextOf()));
    const first = cases(root.testsuite[0])!;
    const failingIds = [...new Set(inspections[0]!.findings[0]!.filter((f) => isFailing(f.severity, 'error')).map((f) => f.ruleId))];
    expect(failingIds.length).toBeGreaterThan(0);
    expect(first.filter((c) => c.failure !== undefined).map((c) => c.name).sort()).toEqual(failingIds.sort());
    const body = first.find((c) => c.name === 'framing/body-on-204')!;
    expect(body.classname).toBe('DELETE http://127.0.0.1:8080/items/1');
    expect(body.failure.type).toBe('error');
    expect(body.failure.message).toBe('5 bytes follow the header block of a 204 response');
    expect(body.failure['#text']).toContain('"hello"');
    const milder = inspections[0]!.findings[0]!.filter((f) => !isFailing(f.severity, 'error'));
    for (const f of milder) expect(first.find((c) => c.name === f.ruleId)!['system-out']).toContain(f.ruleId);
  });

  it('fails nothing with --fail-on none and more with --fail-on info', () => {
    const inspections = [inspectionOf([bad204()]), inspectionOf([sloppy200()])];
    expect(inspections[1]!.findings[0]!.map((f) => f.severity).sort()).toContain('info');
    const none = parseJunit(renderJunit(inspections, contextOf({ failOn: 'none' })));
    expect(Number(none.failures)).toBe(0);
    const errorsOnly = parseJunit(renderJunit(inspections, contextOf({ failOn: 'error' })));
    const all = parseJunit(renderJunit(inspections, contextOf({ failOn: 'info' })));
    const rulesWithFindings = new Set(inspections.flatMap((i, n) => i.findings.flat().map((f) => `${n} ${f.ruleId}`))).size;
    expect(Number(all.failures)).toBe(rulesWithFindings);
    expect(Number(all.failures)).toBeGreaterThan(Number(errorsOnly.failures));
  });

  it('covers every redirect hop of a target in its one testsuite', () => {
    const hop = exchangeOf({ url: 'http://127.0.0.1:8080/old', response: `HTTP/1.1 301 Moved Permanently\r\nDate: ${DATE}\r\nLocation: /health\r\nContent-Length: 0\r\n\r\n` });
    const root = parseJunit(renderJunit([inspectionOf([hop, clean200()])], contextOf()));
    const [suite] = root.testsuite as Node[];
    expect(suite!.name).toBe('GET http://127.0.0.1:8080/old');
    expect(cases(suite!)).toHaveLength(2 * allRules.length);
    expect([...new Set(cases(suite!).map((c) => c.classname))]).toEqual(['GET http://127.0.0.1:8080/old', 'GET http://127.0.0.1:8080/health']);
  });

  it('reports a transport failure as an <error> with its code', () => {
    const root = parseJunit(renderJunit([inspectionOf([refused()])], contextOf()));
    const [only] = cases(root.testsuite[0]);
    expect(only!.name).toBe('transport');
    expect(only!.error.type).toBe('REFUSED');
    expect(only!.error.message).toContain('connection refused');
    expect(Number(root.errors)).toBe(1);
  });

  it('marks rules that could not be judged as skipped, with the reason', () => {
    const fromInput = {
      ...inspectionOf([clean200()]),
      notEvaluated: [[{ ruleId: 'framing/body-on-204', reason: 'no raw bytes' }, { ruleId: 'cache/vary-star', reason: 'no raw bytes' }]],
    };
    const second = { ...inspectionOf([clean200()]), notEvaluated: [[{ ruleId: 'content/invalid-json', reason: 'the body is larger than --max-body' }]] };
    const root = parseJunit(renderJunit([fromInput, second], contextOf()));
    const [a, b] = root.testsuite as Node[];
    expect(Number(a!.skipped)).toBe(2);
    expect(cases(a!).find((c) => c.name === 'cache/vary-star')!.skipped.message).toBe('not evaluated: no raw bytes');
    expect(Number(b!.skipped)).toBe(1);
    expect(Number(root.skipped)).toBe(3);
  });

  it('counts only enabled rules, and adds cases for findings of other rules', () => {
    const enabled = allRules.slice(0, 5);
    const inspection = inspectionWithFindings(clean200(), [{ ruleId: 'internal/rule-failed', severity: 'warning' }]);
    const root = parseJunit(renderJunit([inspection], contextOf({ rules: enabled, failOn: 'warning' })));
    const list = cases(root.testsuite[0]);
    expect(list.map((c) => c.name)).toEqual([...enabled.map((r) => r.meta.id), 'internal/rule-failed']);
    expect(Number(root.failures)).toBe(1);
  });

  it('stays well-formed XML whatever the server sent, and keeps the text readable', () => {
    const nasty = 'a & b < c > d " e \' f ]]> \u0000 \u0008 \u001b[2J \u202e \r\n end';
    const inspection = inspectionWithFindings(clean200('http://127.0.0.1:8080/x?a=1&b=<2>'), [
      { ruleId: 'headers/invalid-date', severity: 'error', message: nasty, evidence: `Date: ${nasty}` },
      { ruleId: 'cache/no-validator', severity: 'info', message: nasty },
    ]);
    const xml = renderJunit([inspection], contextOf());
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const root = parseJunit(xml);
    const list = cases(root.testsuite[0]);
    const failed = list.find((c) => c.name === 'headers/invalid-date')!;
    expect(failed.failure.message).toContain(`a & b < c > d " e ' f ]]>`);
    expect(failed.failure.message).toContain('\\x1b[2J');
    expect(failed.classname).toBe('GET http://127.0.0.1:8080/x?a=1&b=%3C2%3E');
    expect(list.find((c) => c.name === 'cache/no-validator')!['system-out']).toContain(']]>');
  });

  it('XML helpers drop characters XML 1.0 forbids and escape the five specials', () => {
    expect(stripInvalidXml('a\u0000b\uFFFEc\uD800d\u{1F600}\te')).toBe('abcd\u{1F600}\te');
    expect(xmlText(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
    expect(xmlAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
  });

  it('masks secrets unless asked', () => {
    const exchange = bad204(undefined, 'http://alice:hunter2@127.0.0.1:8080/items/1');
    const inspection = inspectionWithFindings(exchange, [{ ruleId: 'headers/duplicate-singleton', severity: 'error', evidence: 'Authorization: Bearer tok3n' }]);
    const masked = renderJunit([inspection], contextOf());
    expect(masked).not.toMatch(/hunter2|tok3n/);
    expect(masked).toContain('Authorization: Bearer ****');
    expect(renderJunit([inspection], contextOf({ showSecrets: true }))).toContain('tok3n');
  });

  it('records the run start and per-target time', () => {
    const timed = { ...clean200(), timings: { total: 1234.6 } };
    const root = parseJunit(renderJunit([inspectionOf([timed])], contextOf({ startedAt: new Date('2026-01-02T03:04:05.678Z') })));
    expect(root.testsuite[0].timestamp).toBe('2026-01-02T03:04:05');
    expect(root.testsuite[0].time).toBe('1.235');
  });
});
