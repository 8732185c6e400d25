// The Range values the range probe sends and the Content-Range values it reads (RFC 9110 §14.1.2, §14.4).

export type SentRange = { kind: 'inside'; first: number; last: number } | { kind: 'suffix'; length: number } | { kind: 'past-end'; first: number };

export function parseSentRange(value: string): SentRange | undefined {
  let m = /^bytes=(\d+)-(\d+)$/.exec(value);
  if (m) return { kind: 'inside', first: Number(m[1]), last: Number(m[2]) };
  m = /^bytes=-(\d+)$/.exec(value);
  if (m) return { kind: 'suffix', length: Number(m[1]) };
  m = /^bytes=(\d+)-$/.exec(value);
  if (m) return { kind: 'past-end', first: Number(m[1]) };
  return undefined;
}

/** The bytes a satisfiable range selects from a representation of `length` bytes. */
export function selected(range: SentRange, length: number): { first: number; last: number } | undefined {
  if (range.kind === 'inside') return range.first < length ? { first: range.first, last: Math.min(range.last, length - 1) } : undefined;
  if (range.kind === 'suffix') return range.length > 0 ? { first: Math.max(0, length - range.length), last: length - 1 } : undefined;
  return range.first < length ? { first: range.first, last: length - 1 } : undefined;
}

export type ContentRange = { first: number; last: number; complete: number | undefined } | { unsatisfied: number };

// "bytes 10-19/100", "bytes 10-19/*" (length unknown), or "bytes */100" (unsatisfied); undefined when malformed.
export function parseContentRange(value: string): ContentRange | undefined {
  let m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(value.trim());
  if (m) {
    const range = { first: Number(m[1]), last: Number(m[2]), complete: m[3] === '*' ? undefined : Number(m[3]) };
    return range.last < range.first ? undefined : range;
  }
  m = /^bytes \*\/(\d+)$/.exec(value.trim());
  return m ? { unsatisfied: Number(m[1]) } : undefined;
}
