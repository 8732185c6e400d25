// A test suite hits one endpoint many times: findings grouped by rule, method and path (query left out),
// in order of first appearance, each with its count and the first occurrence's evidence. Tallied as the
// exchanges come (`tallyFindings`), so the report needs none of the exchanges themselves.
import type { Exchange } from '../exchange';
import type { Finding } from '../engine/rule';
import type { Inspection } from '../judge';

export interface FindingGroup {
  ruleId: string;
  method: string;
  path: string;
  count: number;
  /** The first finding of the group, and its exchange (for masking its evidence). */
  first: { finding: Finding; exchange: Exchange };
}

/** The groups so far, in order, and an index by rule, method and path. */
export interface FindingTally {
  groups: FindingGroup[];
  byKey: Map<string, FindingGroup>;
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function emptyTally(): FindingTally {
  return { groups: [], byKey: new Map() };
}

/** Counts the inspection's findings into the tally (which it changes: it is the run's running state). */
export function tallyFindings(tally: FindingTally, inspection: Inspection): void {
  inspection.exchanges.forEach((exchange, k) => {
    for (const finding of inspection.findings[k] ?? []) {
      const method = exchange.request.method;
      const path = pathOf(exchange.url);
      const key = `${finding.ruleId}\n${method}\n${path}`;
      const group = tally.byKey.get(key);
      if (group) group.count++;
      else {
        const created = { ruleId: finding.ruleId, method, path, count: 1, first: { finding, exchange } };
        tally.byKey.set(key, created);
        tally.groups.push(created);
      }
    }
  });
}

export function groupFindings(inspections: readonly Inspection[]): FindingGroup[] {
  const tally = emptyTally();
  for (const inspection of inspections) tallyFindings(tally, inspection);
  return tally.groups;
}
