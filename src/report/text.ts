// The default report for a person at a terminal: one header line per exchange, a table of findings,
// and a summary. Everything the server sent is escaped before printing (see escape.ts).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Exchange } from '../exchange';
import type { Finding, Severity } from '../engine/rule';
import type { Inspection } from '../judge';
import { notEvaluatedOf, totalsOf, type ReportContext, type RunTotals, type StreamingFormatter } from './format';
import { visible } from '../text/escape';
import { renderCorsVerdict, type CorsVerdict } from '../cors/verdict';
import type { ClientReaction } from '../clients/reaction';
import { clientsSection } from '../clients/render';
import { probesSection } from './probes';
import { maskerFor, maskUrl, type Masker } from './secrets';

interface TextOptions {
  chalk: ChalkInstance;
  showSecrets: boolean;
  /** Terminal width for the findings table. */
  width: number;
  failOn: Severity | 'none';
  clients?: ReadonlyMap<Exchange, readonly ClientReaction[] | null>;
}

const NO_COLORS = new Chalk({ level: 0 });

function ms(value: number | undefined): string {
  if (value === undefined) return '–';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

function severityLabel(severity: Severity, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red.bold('error');
  if (severity === 'warning') return chalk.yellow('warning');
  return chalk.cyan('info');
}

export function exchangeHeadline(exchange: Exchange, options: Pick<TextOptions, 'chalk' | 'showSecrets'>): string {
  const { chalk } = options;
  const url = visible(options.showSecrets ? exchange.url : maskUrl(exchange.url));
  const res = exchange.response;
  const t = exchange.timings;
  const parts = [`${exchange.probe ? chalk.dim(`probe ${exchange.probe.name}: `) : ''}${chalk.bold(exchange.request.method)} ${url}`];
  if (res) {
    const color = res.status >= 500 ? chalk.red : res.status >= 400 ? chalk.yellow : res.status >= 300 ? chalk.cyan : chalk.green;
    parts.push(`→ ${color.bold(String(res.status))} ${visible(res.reason)}`, chalk.dim(`HTTP/${res.httpVersion}`));
  } else if (exchange.error) {
    parts.push(`→ ${chalk.red.bold('no response')}`);
  } else {
    parts.push(`→ ${chalk.red.bold('not HTTP')}`);
  }
  const timing = [`total ${ms(t.total)}`];
  if (t.connect !== undefined) timing.push(`connect ${ms(t.connect)}`);
  if (t.tls !== undefined) timing.push(`tls ${ms(t.tls)}`);
  if (t.ttfb !== undefined) timing.push(`ttfb ${ms(t.ttfb)}`);
  // Saved input (--raw, --har) has no timings of ours worth showing: say where it came from instead.
  parts.push(chalk.dim(exchange.source === 'raw' || exchange.source === 'har' ? `(from a ${exchange.source === 'raw' ? 'saved raw response' : 'HAR file'})` : `(${timing.join(', ')})`));
  return parts.join('  ');
}

function findingsTable(findings: readonly Finding[], options: TextOptions, mask: Masker, known?: ReadonlySet<Finding>): string {
  const { chalk } = options;
  const width = Math.max(60, options.width);
  const severityWidth = 10;
  const ruleWidth = Math.min(38, Math.max(...findings.map((f) => f.ruleId.length)) + 2);
  const rest = width - severityWidth - ruleWidth - 4;
  const messageWidth = Math.max(20, Math.floor(rest * 0.55));
  const evidenceWidth = Math.max(16, rest - messageWidth);
  const table = new Table({
    head: ['severity', 'rule', 'message', 'evidence'].map((h) => chalk.bold(h)),
    colWidths: [severityWidth, ruleWidth, messageWidth, evidenceWidth],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const f of findings) {
    const severity = known?.has(f) ? `${severityLabel(f.severity, chalk)}\n${chalk.dim('known')}` : severityLabel(f.severity, chalk);
    table.push([severity, f.ruleId, visible(mask(f.message)), chalk.dim(visible(mask(f.evidence)))]);
  }
  return table.toString();
}

/** "✖ CORS: A browser at https://app.example would BLOCK this request: … [cors/method-not-allowed]" */
export function corsLine(verdict: CorsVerdict, chalk: ChalkInstance): string {
  const mark = verdict.verdict === 'blocked' ? chalk.red('✖') : chalk.green('✔');
  const rule = verdict.failedRule ? ` ${chalk.dim(`[${verdict.failedRule}]`)}` : '';
  return `${mark} ${chalk.bold('CORS:')} ${visible(renderCorsVerdict(verdict))}${rule}`;
}

function optionsOf(context: ReportContext): TextOptions {
  return { ...context, chalk: context.chalk ?? NO_COLORS, width: context.width ?? 120 };
}

/** The text of one inspection: a headline per exchange, its findings table, and the CORS verdict. */
function inspectionText(inspection: Inspection, context: ReportContext): string {
  const options = optionsOf(context);
  const { chalk } = options;
  const out: string[] = [];
  inspection.exchanges.forEach((exchange, i) => {
    const mask = maskerFor(exchange, options.showSecrets);
    out.push(exchangeHeadline(exchange, options));
    if (exchange.error) out.push(`  ${chalk.red('✖')} ${visible(mask(exchange.error.message))} ${chalk.dim(`[${exchange.error.code}]`)}`);
    const findings = inspection.findings[i] ?? [];
    if (findings.length > 0) out.push(findingsTable(findings, options, mask, context.known));
    else if (exchange.response) out.push(`  ${chalk.green('✔')} no findings`);
    out.push(...notEvaluatedLines(notEvaluatedOf(inspection, i), chalk));
    if (options.clients) out.push(...clientsSection(options.clients.get(exchange) ?? null, chalk, mask));
    out.push('');
  });
  if (inspection.cors) out.push(corsLine(inspection.cors, chalk), '');
  out.push(...probesSection(inspection, chalk));
  return out.map((line) => `${line}\n`).join('');
}

/** After the last inspection: the explain hint and the summary line. */
function endText(totals: RunTotals, context: ReportContext): string {
  const options = optionsOf(context);
  const { chalk } = options;
  const out: string[] = [];
  if (context.proxy) out.push(...proxySection(context, chalk));
  // The knowledge base is not loaded here: the hint only names the command (see `httpinspect explain`).
  if (totals.firstRuleId) out.push(chalk.dim(`Explain a finding: httpinspect explain ${totals.firstRuleId}`), '');
  const s = totals;
  if (s.exchanges > 0 && s.transportErrors === s.exchanges) {
    // Nothing was judged: a clean-looking "0 errors" line would mislead (exit code 3).
    out.push(`${chalk.red('✖')} nothing could be inspected: no response in ${s.exchanges} exchange${s.exchanges === 1 ? '' : 's'} (see the errors above)`);
    return `${out.join('\n')}\n`;
  }
  const counts = [
    `${s.errors} error${s.errors === 1 ? '' : 's'}`,
    `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`,
    `${s.infos} info`,
  ].join(', ');
  const mark = s.errors > 0 ? chalk.red('✖') : s.warnings > 0 ? chalk.yellow('⚠') : chalk.green('✔');
  const known = context.known ? `, ${s.known} already in the baseline` : '';
  out.push(`${mark} ${counts} in ${s.exchanges} exchange${s.exchanges === 1 ? '' : 's'}${known} ${chalk.dim(`(fail on: ${options.failOn})`)}`);
  return `${out.join('\n')}\n`;
}

/** The proxy's extras: findings grouped by rule, method and path, and the CONNECT tunnels it did not inspect. */
function proxySection(context: ReportContext, chalk: ChalkInstance): string[] {
  const out: string[] = [];
  const groups = context.proxy?.groups ?? [];
  if (groups.length > 0) {
    out.push(chalk.bold('Findings by endpoint:'));
    const ruleWidth = Math.max(...groups.map((g) => g.ruleId.length));
    const countWidth = String(Math.max(...groups.map((g) => g.count))).length;
    for (const g of groups) {
      const evidence = visible(maskerFor(g.first.exchange, context.showSecrets)(g.first.finding.evidence));
      out.push(`  ${String(g.count).padStart(countWidth)}×  ${g.ruleId.padEnd(ruleWidth)}  ${g.method} ${visible(g.path)}${evidence ? chalk.dim(`  (${evidence})`) : ''}`);
    }
    out.push('');
  }
  for (const t of context.proxy?.notInspected ?? []) {
    out.push(`${chalk.yellow('⚠')} not inspected: CONNECT ${visible(t.host)}:${t.port} (${t.count} tunnel${t.count === 1 ? '' : 's'}: ${visible(t.reason)})`);
  }
  if ((context.proxy?.notInspected.length ?? 0) > 0) out.push('');
  return out;
}

export const textStream: StreamingFormatter = {
  inspection: (inspection, _position, context) => inspectionText(inspection, context),
  end: endText,
};

export function renderText(inspections: readonly Inspection[], context: ReportContext): string {
  return `${inspections.map((i) => inspectionText(i, context)).join('')}${endText(totalsOf(inspections, context), context)}`;
}

/** Rules that could not judge the exchange, grouped by reason: one line each, never a silent pass. */
function notEvaluatedLines(skipped: ReadonlyMap<string, string>, chalk: ChalkInstance): string[] {
  const byReason = new Map<string, string[]>();
  for (const [id, reason] of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
  return [...byReason].map(([reason, ids]) => chalk.dim(`  ${ids.length} rule${ids.length === 1 ? '' : 's'} not evaluated (${visible(reason)}): ${ids.join(', ')}`));
}
