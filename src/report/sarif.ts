// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): every enabled rule as a reportingDescriptor,
// every finding as a result located in the config/input file the target came from, or else in a stable
// pseudo-path derived from its URL, with fingerprints that stay the same from run to run.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Exchange } from '../exchange';
import type { Finding, Rule, Severity } from '../engine/rule';
import { visible } from '../text/escape';
import { findingFingerprint, pseudoPath } from './fingerprint';
import {
  findingText,
  shownError,
  shownEvidence,
  nothingInspected,
  notEvaluatedOf,
  shownUrl,
  targetLabel,
  transportFailed,
  type ReportContext,
  type Inspection,
  type SourceLocation,
} from './format';
import { maskerFor } from './secrets';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** The key under partialFingerprints; versioned so a change of recipe never silently collides with the old one. */
export const FINGERPRINT_KEY = 'httpinspectFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

function ruleDescriptor(rule: Rule) {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.why },
    help: { text: `${meta.fix}\n\nSee ${meta.ref.label}: ${meta.ref.url}`, markdown: `${meta.fix}\n\nSee [${meta.ref.label}](${meta.ref.url}).` },
    helpUri: meta.ref.url,
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: { tags: [meta.category], precision: 'very-high' },
  };
}

/** Findings whose rule is not among the enabled rules (e.g. internal/rule-failed) still need a descriptor. */
function extraDescriptor(id: string) {
  return {
    id,
    shortDescription: { text: id === 'internal/rule-failed' ? 'A rule failed while checking a response' : id },
    defaultConfiguration: { level: 'warning' as SarifLevel },
    properties: { tags: [id.split('/')[0] ?? 'internal'] },
  };
}

/** A URI for the file a target came from: relative paths stay relative (to the repository root), absolute ones become file: URIs. */
export function sourceUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function physicalLocation(exchange: Exchange, source: SourceLocation | undefined) {
  // GitHub places an alert by region.startLine; without a line the alert belongs to the file's first line.
  if (source) return { artifactLocation: { uri: sourceUri(source.file) }, region: { startLine: source.line ?? 1 } };
  return { artifactLocation: { uri: pseudoPath(exchange.url) }, region: { startLine: 1 } };
}

function logicalLocation(exchange: Exchange, showSecrets: boolean) {
  return {
    name: shownUrl(exchange, showSecrets),
    fullyQualifiedName: targetLabel(exchange, showSecrets),
    kind: 'resource',
    properties: { method: exchange.request.method },
  };
}

export function sarifReport(inspections: readonly Inspection[], context: ReportContext) {
  const rules: Array<ReturnType<typeof ruleDescriptor> | ReturnType<typeof extraDescriptor>> = context.rules.map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((r, index) => [r.id, index]));
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push(extraDescriptor(id)) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };

  const results: object[] = [];
  const notifications: object[] = [];
  inspections.forEach((inspection, i) => {
    const source = context.sources?.[i];
    inspection.exchanges.forEach((exchange, k) => {
      if (exchange.error) {
        notifications.push({
          level: transportFailed(exchange) ? 'error' : 'warning',
          message: { text: `${targetLabel(exchange, context.showSecrets)}: ${shownError(exchange, context.showSecrets)}` },
          descriptor: { id: exchange.error.code },
          locations: [{ physicalLocation: physicalLocation(exchange, source), logicalLocations: [logicalLocation(exchange, context.showSecrets)] }],
        });
      }
      // A rule that could not judge this exchange is said, never passed silently.
      for (const [ruleId, reason] of notEvaluatedOf(inspection, k)) {
        notifications.push({
          level: 'note',
          message: { text: `${ruleId} not evaluated on ${targetLabel(exchange, context.showSecrets)}: ${visible(reason)}` },
          descriptor: { id: 'not-evaluated' },
          associatedRule: { id: ruleId, index: indexOf(ruleId) },
          locations: [{ physicalLocation: physicalLocation(exchange, source), logicalLocations: [logicalLocation(exchange, context.showSecrets)] }],
        });
      }
      const seen = new Map<string, number>();
      for (const finding of inspection.findings[k] ?? []) {
        results.push(resultOf(finding, exchange, source, indexOf(finding.ruleId), seen, context));
      }
    });
  });

  const invocation: Record<string, unknown> = { executionSuccessful: !nothingInspected(inspections) };
  if (context.startedAt) invocation.startTimeUtc = context.startedAt.toISOString();
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver: { name: context.tool.name, version: context.tool.version, semanticVersion: semver(context.tool.version), rules } },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function resultOf(
  finding: Finding,
  exchange: Exchange,
  source: SourceLocation | undefined,
  ruleIndex: number,
  seen: Map<string, number>,
  context: ReportContext,
) {
  // Fingerprints never depend on --show-secrets: the same finding keeps its identity either way.
  const maskedEvidence = maskerFor(exchange, false)(finding.evidence);
  const fingerprintBase = findingFingerprint(finding.ruleId, exchange.request.method, exchange.url, maskedEvidence, 0);
  const occurrence = seen.get(fingerprintBase) ?? 0;
  seen.set(fingerprintBase, occurrence + 1);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: `${findingText(finding, exchange, context.showSecrets)} — ${targetLabel(exchange, context.showSecrets)}` },
    locations: [{ physicalLocation: physicalLocation(exchange, source), logicalLocations: [logicalLocation(exchange, context.showSecrets)] }],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding.ruleId, exchange.request.method, exchange.url, maskedEvidence, occurrence) },
    // With --baseline: SARIF's own word for a finding that was already there.
    ...(context.known ? { baselineState: context.known.has(finding) ? 'unchanged' : 'new' } : {}),
    properties: {
      severity: finding.severity,
      evidence: shownEvidence(finding, exchange, context.showSecrets),
      ...(finding.location ? { wireLocation: finding.location } : {}),
      status: exchange.response?.status ?? null,
    },
  };
}

function semver(version: string): string | undefined {
  return /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version) ? version : undefined;
}

export function renderSarif(inspections: readonly Inspection[], context: ReportContext): string {
  return `${JSON.stringify(sarifReport(inspections, context), null, 2)}\n`;
}
