// --baseline <report.json>: findings the baseline already had are known (shown, never failing the run).
// A finding matches by rule, method, URL and evidence with dates and byte offsets taken out: the SARIF
// fingerprint, so moving a header does not make an old finding new. Each baseline finding matches once.
import type { Finding } from '../engine/rule';
import type { Inspection } from '../judge';
import { findingFingerprint } from '../report/fingerprint';
import { maskerFor } from '../report/secrets';
import { UsageError } from '../options/usage';
import { readData } from './requestOptions';

export type Baseline = Map<string, number>;

const keyOf = (ruleId: string, method: string, url: string, maskedEvidence: string) => findingFingerprint(ruleId, method, url, maskedEvidence, 0);

export function readBaseline(path: string): Baseline {
  let report: unknown;
  try {
    report = JSON.parse(readData(`@${path}`, '--baseline').toString('utf8'));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`--baseline "${path}" is not valid JSON (write one with --write-baseline or --report-json)`);
  }
  const r = report as { schemaVersion?: unknown; exchanges?: unknown };
  if (typeof r !== 'object' || r === null || r.schemaVersion !== 1 || !Array.isArray(r.exchanges)) {
    throw new UsageError(`--baseline "${path}" is not an httpinspect JSON report (schemaVersion 1)`);
  }
  const baseline: Baseline = new Map();
  r.exchanges.forEach((entry: { url?: unknown; request?: { method?: unknown }; findings?: unknown }, i: number) => {
    if (typeof entry?.url !== 'string' || typeof entry.request?.method !== 'string' || !Array.isArray(entry.findings)) {
      throw new UsageError(`--baseline "${path}": exchanges[${i}] lacks url, request.method or findings`);
    }
    for (const f of entry.findings as Array<{ ruleId?: unknown; evidence?: unknown }>) {
      if (typeof f?.ruleId !== 'string' || typeof f.evidence !== 'string') continue;
      const key = keyOf(f.ruleId, entry.request.method, entry.url, f.evidence);
      baseline.set(key, (baseline.get(key) ?? 0) + 1);
    }
  });
  return baseline;
}

/** Adds the inspection's findings that the baseline has (not yet matched) to `known`. */
export function markKnown(inspection: Inspection, baseline: Baseline, known: Set<Finding>): void {
  inspection.exchanges.forEach((exchange, k) => {
    const mask = maskerFor(exchange, false);
    for (const finding of inspection.findings[k] ?? []) {
      const key = keyOf(finding.ruleId, exchange.request.method, exchange.url, mask(finding.evidence));
      const left = baseline.get(key) ?? 0;
      if (left > 0) {
        baseline.set(key, left - 1);
        known.add(finding);
      }
    }
  });
}
