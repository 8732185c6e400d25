// Accept-Encoding (RFC 9110 §12.5.3): which content codings a request accepts.
//   Accept-Encoding = #( codings weight ) ; codings = content-coding / "identity" / "*"
import { headersNamed, type RawHeader } from '../exchange';

export interface AcceptedCodings {
  /** The request had no Accept-Encoding: any coding is acceptable (RFC 9110 §12.5.3). */
  absent: boolean;
  /** Lower-cased coding (x-gzip → gzip, x-compress → compress) → qvalue; "*" included when listed. */
  weights: ReadonlyMap<string, number>;
  /** The request's Accept-Encoding lines. */
  headers: RawHeader[];
}

/** "x-gzip" and "x-compress" are the same codings as "gzip" and "compress" (RFC 9110 §8.4.1.1, §8.4.1.3). */
export function canonicalCoding(coding: string): string {
  const lower = coding.trim().toLowerCase();
  return lower === 'x-gzip' ? 'gzip' : lower === 'x-compress' ? 'compress' : lower;
}

export function acceptedCodingsOf(requestHeaders: readonly RawHeader[]): AcceptedCodings {
  const headers = headersNamed(requestHeaders, 'accept-encoding');
  const weights = new Map<string, number>();
  for (const element of headers.flatMap((h) => h.value.split(','))) {
    const [name, ...params] = element.split(';');
    const coding = canonicalCoding(name ?? '');
    if (coding === '') continue; // empty list elements are allowed and mean nothing
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      // An unreadable weight is read as 1: never conclude that a coding was refused from a value we cannot read.
      if (m && /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]!)) q = Number(m[1]);
    }
    // The most specific listing wins; a coding listed twice keeps its highest weight.
    weights.set(coding, Math.max(weights.get(coding) ?? 0, q));
  }
  return { absent: headers.length === 0, weights, headers };
}

/** Whether the request accepts this content coding (not "identity": that is the absence of a coding). */
export function acceptsCoding(accepted: AcceptedCodings, coding: string): boolean {
  if (accepted.absent) return true;
  const key = canonicalCoding(coding);
  const own = accepted.weights.get(key);
  if (own !== undefined) return own > 0;
  const star = accepted.weights.get('*');
  // An empty Accept-Encoding value, or one that does not list the coding (nor "*"), does not accept it.
  return star !== undefined && star > 0;
}
