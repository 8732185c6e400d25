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
  /** Text report only: colors (default none) and the width of the findings table (default 120). */
  chalk?: ChalkInstance;
  width?: number;
}

/** Every format is one pure function of the inspections and the context; writing files is the CLI's job. */
export type Formatter = (inspections: readonly Inspection[], context: ReportContext) => string;

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
