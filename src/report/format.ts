// What every report format is given besides the inspections (one signature for all: `Formatter`), and the few
// judgments they share: which findings fail the run, what a target is called, what server text may be shown.
import type { ChalkInstance } from 'chalk';
import type { ClientReaction } from '../clients/reaction';
import type { Exchange } from '../exchange';
import type { Finding, Rule, Severity } from '../engine/rule';
import { severityRank } from '../engine/run';
import type { Inspection } from '../judge';
import { visible } from '../text/escape';

export type { Inspection } from '../judge';
import { maskUrl, maskerFor } from './secrets';
import type { FindingGroup } from '../proxy/groups';

export interface SourceLocation {
  /** The config file or --input file the target came from, as the user named it. */
  file: string;
  /** 1-based line in that file. */
  line?: number;
}

export interface ReportContext {
  tool: { name: string; version: string };
  /** The enabled rules (rules set to off are absent): each is a test case / SARIF rule. */
  rules: readonly Rule[];
  failOn: Severity | 'none';
  showSecrets: boolean;
  /** Per inspection, where the target came from (config file or --input file path, 1-based line), when known. */
  sources?: ReadonlyArray<SourceLocation | undefined>;
  /** When the run started (JUnit timestamp, SARIF invocation start), when known. */
  startedAt?: Date;
  /** --clients: what real clients did with each exchange's replayed response (null: nothing to replay). */
  clients?: ReadonlyMap<Exchange, readonly ClientReaction[] | null>;
  /** `httpinspect proxy`: the report also groups findings by rule, method and path, and lists what it tunnelled. */
  proxy?: { notInspected: readonly NotInspected[]; groups: readonly FindingGroup[] };
  /** --baseline: findings already in the baseline (shown as known; they never fail the run). */
  known?: ReadonlySet<Finding>;
  /** Text report only: colors (default none) and the width of the findings table (default 120). */
  chalk?: ChalkInstance;
  width?: number;
}

/** What the end of a streamed report needs to know about everything before it (kept as the run goes). */
export interface RunTotals {
  exchanges: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Exchanges that got no response at all (refused, DNS, timeout before the status line). */
  transportErrors: number;
  notEvaluated: number;
  /** Findings that reach --fail-on and are not in the --baseline. */
  failing: number;
  /** Findings already in the --baseline. */
  known: number;
  /** The first finding's rule, for the text report's "explain" hint. */
  firstRuleId?: string;
}

export function emptyTotals(): RunTotals {
  return { exchanges: 0, errors: 0, warnings: 0, infos: 0, transportErrors: 0, notEvaluated: 0, failing: 0, known: 0 };
}

/** The totals after one more inspection (pure: returns a new object). */
export function addTotals(totals: RunTotals, inspection: Inspection, context: Pick<ReportContext, 'failOn' | 'known'>): RunTotals {
  const findings = inspection.findings.flat();
  return {
    exchanges: totals.exchanges + inspection.exchanges.length,
    errors: totals.errors + findings.filter((f) => f.severity === 'error').length,
    warnings: totals.warnings + findings.filter((f) => f.severity === 'warning').length,
    infos: totals.infos + findings.filter((f) => f.severity === 'info').length,
    transportErrors: totals.transportErrors + inspection.exchanges.filter(transportFailed).length,
    notEvaluated: totals.notEvaluated + inspection.notEvaluated.reduce((m, list) => m + list.length, 0),
    failing: totals.failing + findings.filter((f) => findingFails(f, context)).length,
    known: totals.known + (context.known ? findings.filter((f) => context.known!.has(f)).length : 0),
    firstRuleId: totals.firstRuleId ?? findings[0]?.ruleId,
  };
}

export function totalsOf(inspections: readonly Inspection[], context: Pick<ReportContext, 'failOn' | 'known'>): RunTotals {
  return inspections.reduce((t, i) => addTotals(t, i, context), emptyTotals());
}

/**
 * A format that can be written as the run goes (text, ndjson): one piece per inspection, in input order, then
 * the end. Both are pure; concatenated they are exactly the format's whole-run `Formatter` output.
 */
export interface StreamingFormatter {
  /** `exchangesBefore`: how many exchanges earlier inspections had (indexes in the report are run-wide). */
  inspection(inspection: Inspection, position: { index: number; exchangesBefore: number }, context: ReportContext): string;
  end(totals: RunTotals, context: ReportContext): string;
}

/** A CONNECT tunnel the proxy opened without looking inside (HTTPS through a forward proxy). */
export interface NotInspected {
  method: 'CONNECT';
  host: string;
  port: number;
  /** Tunnels opened to this host and port. */
  count: number;
  reason: string;
}

/** Every format is one pure function of the inspections and the context; writing files is the CLI's job. */
export type Formatter = (inspections: readonly Inspection[], context: ReportContext) => string;

/** True when the finding is at or above the fail level (never with `none`). */
export function isFailing(severity: Severity, failOn: Severity | 'none'): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

/** Whether this finding fails the run: at or above the fail level and not already in the --baseline. */
export function findingFails(finding: Finding, context: Pick<ReportContext, 'failOn' | 'known'>): boolean {
  return !context.known?.has(finding) && isFailing(finding.severity, context.failOn);
}

/** No response could be parsed because the transport failed: nothing was judged. */
export function transportFailed(exchange: Exchange): boolean {
  return exchange.error !== undefined && exchange.response === undefined;
}

/** "DELETE http://host/items/1", with credentials masked and control characters made visible. */
export function targetLabel(exchange: Exchange, showSecrets: boolean): string {
  return `${exchange.request.method} ${shownUrl(exchange, showSecrets)}`;
}

export function shownUrl(exchange: Exchange, showSecrets: boolean): string {
  return visible(showSecrets ? exchange.url : maskUrl(exchange.url));
}

// Server and user text in a report: secrets of this exchange masked (unless asked), control characters visible.
export function shownMessage(finding: Finding, exchange: Exchange, showSecrets: boolean): string {
  return visible(maskerFor(exchange, showSecrets)(finding.message));
}

export function shownEvidence(finding: Finding, exchange: Exchange, showSecrets: boolean): string {
  return visible(maskerFor(exchange, showSecrets)(finding.evidence));
}

/** The transport error's message, masked and made visible. */
export function shownError(exchange: Exchange, showSecrets: boolean): string {
  return exchange.error ? visible(maskerFor(exchange, showSecrets)(exchange.error.message)) : '';
}

/** "message (evidence)", or just the message when there is no evidence. */
export function findingText(finding: Finding, exchange: Exchange, showSecrets: boolean): string {
  const evidence = shownEvidence(finding, exchange, showSecrets);
  const message = shownMessage(finding, exchange, showSecrets);
  return evidence ? `${message} (${evidence})` : message;
}

/** Rules that could not judge exchange `k` of the inspection: id → reason. */
export function notEvaluatedOf(inspection: Inspection, k: number): ReadonlyMap<string, string> {
  return new Map((inspection.notEvaluated[k] ?? []).map((n) => [n.ruleId, n.reason]));
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countsOf(findings: readonly Finding[]): Counts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

/** Nothing could be inspected: every exchange failed in transport (exit code 3). */
export function nothingInspected(inspections: readonly Inspection[]): boolean {
  const exchanges = inspections.flatMap((i) => i.exchanges);
  return exchanges.length > 0 && exchanges.every(transportFailed);
}
