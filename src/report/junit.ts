// JUnit XML for CI test reporters: one <testsuite> per target, one <testcase> per enabled rule per exchange.
// A finding at or above --fail-on is a <failure>; milder ones are <system-out>; a transport failure (no
// response at all) is an <error>; rules the input could not support are <skipped/>.
import type { Exchange } from '../exchange';
import type { Finding } from '../engine/rule';
import { visible } from '../text/escape';
import {
  findingText,
  findingFails,
  notEvaluatedOf,
  shownError,
  shownMessage,
  targetLabel,
  transportFailed,
  type ReportContext,
  type Inspection,
} from './format';
import { xmlAttrs, xmlText } from './xml';

interface Tally {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: number;
}

const emptyTally = (): Tally => ({ tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 });

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function findingLine(finding: Finding, exchange: Exchange, showSecrets: boolean): string {
  return `[${finding.severity}] ${finding.ruleId}: ${findingText(finding, exchange, showSecrets)}`;
}

/** The <testcase> of one rule on one exchange, counting what it is into `tally`. */
function ruleCase(exchange: Exchange, classname: string, ruleId: string, findings: readonly Finding[], notJudged: string | undefined, context: ReportContext, tally: Tally): string {
  tally.tests += 1;
  const open = `<testcase${xmlAttrs({ classname, name: ruleId })}`;
  if (findings.length === 0 && notJudged !== undefined) {
    tally.skipped += 1;
    return `${open}><skipped${xmlAttrs({ message: `not evaluated: ${visible(notJudged)}` })}/></testcase>`;
  }
  if (findings.length === 0) return `${open}/>`;
  const failing = findings.filter((f) => findingFails(f, context));
  const passing = findings.filter((f) => !findingFails(f, context));
  const body: string[] = [];
  if (failing.length > 0) {
    tally.failures += 1;
    const first = failing[0]!;
    const message = shownMessage(first, exchange, context.showSecrets) + (failing.length > 1 ? ` (and ${failing.length - 1} more)` : '');
    const text = failing.map((f) => findingLine(f, exchange, context.showSecrets)).join('\n');
    body.push(`<failure${xmlAttrs({ message, type: first.severity })}>${xmlText(text)}</failure>`);
  }
  if (passing.length > 0) {
    body.push(`<system-out>${xmlText(passing.map((f) => findingLine(f, exchange, context.showSecrets)).join('\n'))}</system-out>`);
  }
  return `${open}>${body.join('')}</testcase>`;
}

function exchangeCases(exchange: Exchange, findings: readonly Finding[], notJudged: ReadonlyMap<string, string>, context: ReportContext, tally: Tally): string[] {
  const classname = targetLabel(exchange, context.showSecrets);
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const cases: string[] = [];
  if (transportFailed(exchange)) {
    // No response: no rule could judge anything, so only the transport case (and any finding that still fired).
    tally.tests += 1;
    tally.errors += 1;
    const error = exchange.error!;
    cases.push(
      `<testcase${xmlAttrs({ classname, name: 'transport' })}><error${xmlAttrs({ message: shownError(exchange, context.showSecrets), type: error.code })}>${xmlText(
        `${classname}: ${shownError(exchange, context.showSecrets)} [${error.code}]`,
      )}</error></testcase>`,
    );
    for (const [ruleId, list] of byRule) cases.push(ruleCase(exchange, classname, ruleId, list, undefined, context, tally));
    return cases;
  }
  const ids = [...context.rules.map((r) => r.meta.id), ...[...byRule.keys()].filter((id) => !context.rules.some((r) => r.meta.id === id))];
  for (const ruleId of ids) cases.push(ruleCase(exchange, classname, ruleId, byRule.get(ruleId) ?? [], notJudged.get(ruleId), context, tally));
  return cases;
}

function suiteOf(inspection: Inspection, i: number, context: ReportContext): { xml: string; tally: Tally } {
  const tally = emptyTally();
  const cases: string[] = [];
  const notes: string[] = [];
  inspection.exchanges.forEach((exchange, k) => {
    cases.push(...exchangeCases(exchange, inspection.findings[k] ?? [], notEvaluatedOf(inspection, k), context, tally));
    tally.time += exchange.timings.total;
    // A transport error after a response was parsed (e.g. a timeout mid-body): the rules judged what arrived.
    if (exchange.error && !transportFailed(exchange)) {
      notes.push(`${targetLabel(exchange, context.showSecrets)}: ${shownError(exchange, context.showSecrets)} [${exchange.error.code}]`);
    }
  });
  const first = inspection.exchanges[0];
  const source = context.sources?.[i];
  const properties: Array<[string, string]> = [];
  if (first) properties.push(['url', targetLabel(first, context.showSecrets)]);
  const last = inspection.exchanges.at(-1);
  if (last?.response) properties.push(['status', String(last.response.status)]);
  if (source) properties.push(['source', source.line === undefined ? source.file : `${source.file}:${source.line}`]);
  const name = first ? targetLabel(first, context.showSecrets) : `target ${i + 1}`;
  const head = `<testsuite${xmlAttrs({
    name,
    tests: tally.tests,
    failures: tally.failures,
    errors: tally.errors,
    skipped: tally.skipped,
    time: seconds(tally.time),
    timestamp: context.startedAt?.toISOString().replace(/\.\d+Z$/, ''),
  })}>`;
  const lines = [head];
  if (properties.length > 0) {
    lines.push(`  <properties>${properties.map(([n, v]) => `<property${xmlAttrs({ name: n, value: v })}/>`).join('')}</properties>`);
  }
  for (const c of cases) lines.push(`  ${c}`);
  if (notes.length > 0) lines.push(`  <system-err>${xmlText(notes.join('\n'))}</system-err>`);
  lines.push('</testsuite>');
  return { xml: lines.map((l) => `  ${l}`).join('\n'), tally };
}

export function renderJunit(inspections: readonly Inspection[], context: ReportContext): string {
  const suites = inspections.map((inspection, i) => suiteOf(inspection, i, context));
  const total = suites.reduce((sum, { tally }) => {
    sum.tests += tally.tests;
    sum.failures += tally.failures;
    sum.errors += tally.errors;
    sum.skipped += tally.skipped;
    sum.time += tally.time;
    return sum;
  }, emptyTally());
  const root = `<testsuites${xmlAttrs({
    name: context.tool.name,
    tests: total.tests,
    failures: total.failures,
    errors: total.errors,
    skipped: total.skipped,
    time: seconds(total.time),
  })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
}

