// A test suite hits one endpoint many times: findings grouped by rule, method and path (query left out),
// in order of first appearance, each with its count and the first occurrence's evidence.
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

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function groupFindings(inspections: readonly Inspection[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const inspection of inspections) {
    inspection.exchanges.forEach((exchange, k) => {
      for (const finding of inspection.findings[k] ?? []) {
        const method = exchange.request.method;
        const path = pathOf(exchange.url);
        const key = `${finding.ruleId}\n${method}\n${path}`;
        const group = groups.get(key);
        if (group) group.count++;
        else groups.set(key, { ruleId: finding.ruleId, method, path, count: 1, first: { finding, exchange } });
      }
    });
  }
  return [...groups.values()];
}
