// GitHub Actions output: workflow commands (::error / ::warning / ::notice) that become annotations, and a
// Markdown summary for $GITHUB_STEP_SUMMARY. Server text is escaped so it can neither start a new workflow
// command nor inject Markdown or HTML into the summary.
import type { Exchange } from '../exchange';
import type { Finding, Severity } from '../engine/rule';
import { plural } from '../engine/evidence';
import { visible } from '../text/escape';
import {
  notEvaluatedOf,
  countsOf,
  findingText,
  findingFails,
  shownEvidence,
  shownError,
  shownMessage,
  targetLabel,
  transportFailed,
  type ReportContext,
  type Inspection,
  type SourceLocation,
} from './format';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message (everything after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value (file=, title=…): also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: Command, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function placement(source: SourceLocation | undefined): Record<string, string | number | undefined> {
  return source ? { file: source.file, line: source.line } : {};
}

/** One annotation per finding and per transport error. */
export function renderGithub(inspections: readonly Inspection[], context: ReportContext): string {
  const lines: string[] = [];
  inspections.forEach((inspection, i) => {
    const where = placement(context.sources?.[i]);
    inspection.exchanges.forEach((exchange, k) => {
      const target = targetLabel(exchange, context.showSecrets);
      if (exchange.error) {
        const title = `${transportFailed(exchange) ? 'no response' : 'transport error'} (${exchange.error.code})`;
        lines.push(command(transportFailed(exchange) ? 'error' : 'warning', { ...where, title }, `${target}: ${shownError(exchange, context.showSecrets)}`));
      }
      for (const [ruleId, reason] of notEvaluatedOf(inspection, k)) {
        lines.push(command('notice', { ...where, title: `${ruleId} not evaluated` }, `${target}: ${visible(reason)}`));
      }
      for (const finding of inspection.findings[k] ?? []) {
        // A finding already in the --baseline is a notice: known, and not failing the run.
        const known = context.known?.has(finding) === true;
        lines.push(
          command(known ? 'notice' : COMMAND[finding.severity], { ...where, title: known ? `${finding.ruleId} (known)` : finding.ruleId }, `${target}: ${findingText(finding, exchange, context.showSecrets)}`),
        );
      }
    });
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

// CommonMark treats a backslash before ASCII punctuation as a literal; HTML specials become entities. `:` and `.`
// are escaped too, so server text cannot turn into autolinks (http://…, www.…); `@` so it mentions nobody.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()!|~@:.]/g;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Display text (already through `visible()`) made safe for one Markdown table cell. */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[&<>"]/g, (c) => HTML_SPECIAL[c]!)
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** The step summary is capped by GitHub (1 MiB); beyond this many finding rows, the rest is counted, not listed. */
export const SUMMARY_MAX_FINDINGS = 500;

function statusOf(exchanges: readonly Exchange[]): string {
  return exchanges.map((e) => (e.response ? String(e.response.status) : transportFailed(e) ? `no response (${e.error!.code})` : 'not HTTP')).join(' → ');
}

/** A Markdown summary: one row per target with its counts, then every finding. */
export function renderGithubSummary(inspections: readonly Inspection[], context: ReportContext): string {
  const refs = new Map(context.rules.map((r) => [r.meta.id, r.meta.ref.url]));
  const out: string[] = [`## ${markdownCell(context.tool.name)} report`, ''];
  out.push('| target | status | result | errors | warnings | infos |', '|---|---|---|---:|---:|---:|');
  const rows: Array<{ target: string; finding: Finding; exchange: Exchange }> = [];
  let failed = 0;
  for (const inspection of inspections) {
    const first = inspection.exchanges[0];
    if (!first) continue;
    const findings = inspection.findings.flat();
    const counts = countsOf(findings);
    const broken = inspection.exchanges.some(transportFailed);
    const failing = findings.some((f) => findingFails(f, context));
    if (broken || failing) failed += 1;
    const result = broken ? '⛔ error' : failing ? '❌ fail' : '✅ pass';
    const target = markdownCell(targetLabel(first, context.showSecrets));
    out.push(`| ${target} | ${markdownCell(statusOf(inspection.exchanges))} | ${result} | ${counts.errors} | ${counts.warnings} | ${counts.infos} |`);
    inspection.exchanges.forEach((exchange, k) => {
      for (const finding of inspection.findings[k] ?? []) rows.push({ target: markdownCell(targetLabel(exchange, context.showSecrets)), finding, exchange });
    });
  }
  const total = countsOf(rows.map((r) => r.finding));
  out.push(
    '',
    `${plural(inspections.length, 'target')}, ${failed} failing: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${total.infos} info (fail on: ${context.failOn})`,
  );
  if (rows.length > 0) {
    out.push('', '### Findings', '', '| severity | rule | target | message | evidence |', '|---|---|---|---|---|');
    for (const { target, finding, exchange } of rows.slice(0, SUMMARY_MAX_FINDINGS)) {
      const ref = refs.get(finding.ruleId);
      const rule = ref ? `[${markdownCell(finding.ruleId)}](${ref})` : markdownCell(finding.ruleId);
      const evidence = shownEvidence(finding, exchange, context.showSecrets);
      out.push(`| ${finding.severity} | ${rule} | ${target} | ${markdownCell(shownMessage(finding, exchange, context.showSecrets))} | ${evidence ? markdownCell(evidence) : ''} |`);
    }
    if (rows.length > SUMMARY_MAX_FINDINGS) out.push('', `… and ${rows.length - SUMMARY_MAX_FINDINGS} more findings (see the full report).`);
  }
  return `${out.join('\n')}\n`;
}


