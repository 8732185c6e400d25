// Shared by the framing rules that report parser anomalies (not a rule itself: no default export).
import type { Anomaly, AnomalyId, Exchange } from '../../src/exchange';
import type { Location } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';

export { printable } from '../../src/engine/evidence';

export function anomaliesOf(exchange: Exchange, id: AnomalyId): Anomaly[] {
  return (exchange.anomalies ?? []).filter((a) => a.id === id);
}

/** "X-Bad Header: 1 at byte 40" (or just "at byte 40" when the anomaly names no bytes). */
export function anomalyEvidence(anomaly: Anomaly): string {
  const at = anomaly.offset === undefined ? '' : `at byte ${anomaly.offset}`;
  if (anomaly.evidence === undefined) return at || anomaly.detail;
  const text = `"${printable(anomaly.evidence)}"`;
  return at ? `${text} ${at}` : text;
}

/** Where an offset falls: a status line, header or trailer section, body or bytes after the message. */
export function locationAt(exchange: Exchange, offset: number | undefined): Location | undefined {
  if (offset === undefined) return undefined;
  const res = exchange.response;
  for (const m of exchange.interim ?? []) {
    if (offset >= m.offset && offset < m.headerEnd) return { part: 'interim', offset };
  }
  if (exchange.extra && offset >= exchange.extra.offset) return { part: 'extra', offset };
  if (res && offset >= res.offset) {
    if (offset === res.offset) return { part: 'status-line', offset };
    if (offset < res.headerEnd) return { part: 'header', offset };
    const last = res.chunks[res.chunks.length - 1];
    if (last && last.size === 0 && offset >= last.dataOffset) return { part: 'trailer', offset };
    return { part: 'body', offset };
  }
  if (offset === 0) return { part: 'status-line', offset };
  return { part: 'header', offset };
}

/** Location for a header-line anomaly, naming the header when the line has one. */
export function lineLocation(exchange: Exchange, anomaly: Anomaly): Location | undefined {
  const location = locationAt(exchange, anomaly.offset);
  if (!location) return undefined;
  if ((location.part === 'header' || location.part === 'trailer') && anomaly.evidence) {
    const colon = anomaly.evidence.indexOf(':');
    const name = colon > 0 ? anomaly.evidence.slice(0, colon).trim() : '';
    if (name !== '' && !/[\s\x00-\x1f]/.test(name)) return { ...location, header: name };
  }
  return location;
}
