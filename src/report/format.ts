// What every machine report format (SARIF, JUnit, GitHub) is given besides the inspections, and the few
// judgments they share: which findings fail the run, what a target is called, what server text may be shown.
import type { Exchange } from '../exchange';
import type { Finding, Rule, Severity } from '../engine/rule';
import { severityRank } from '../engine/run';
import type { Inspection } from '../inspect';
import { visible } from './escape';
import { maskUrl, maskerFor } from './secrets';

export interface SourceLocation {
  /** The config file or --input file the target came from, as the user named it. */
  file: string;
  /** 1-based line in that file. */
  line?: number;
}

export interface FormatContext {
  tool: { name: string; version: string };
  /** The enabled rules (rules set to off are absent): each is a test case / SARIF rule. */
  rules: readonly Rule[];
  failOn: Severity | 'none';
  showSecrets: boolean;
  /** Per inspection, where the target came from (config file or --input file path, 1-based line), when known. */
  sources?: ReadonlyArray<SourceLocation | undefined>;
  /**
   * Per inspection, per exchange: ids of rules that could not be judged (e.g. from HAR input).
   * An inspection may carry the same as `notEvaluated`; both are honored.
   */
  notEvaluated?: ReadonlyArray<ReadonlyArray<readonly string[]> | undefined>;
  /** When the run started (JUnit timestamp, SARIF invocation start), when known. */
  startedAt?: Date;
}

/** An inspection as the reports read it: imported inputs may say which rules they could not judge. */
export type ReportedInspection = Inspection & { notEvaluated?: ReadonlyArray<readonly string[]> };

/** True when the finding is at or above the fail level (never with `none`). */
export function isFailing(severity: Severity, failOn: Severity | 'none'): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
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

/** Rule ids that could not be judged on exchange `k` of inspection `i`. */
export function notEvaluatedOf(inspection: ReportedInspection, i: number, k: number, context: FormatContext): Set<string> {
  return new Set([...(inspection.notEvaluated?.[k] ?? []), ...(context.notEvaluated?.[i]?.[k] ?? [])]);
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
