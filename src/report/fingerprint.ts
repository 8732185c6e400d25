// Stable identities for findings across runs (SARIF partialFingerprints) and stable file-like paths for
// targets that have no source file. Pure string work: no crypto module on the start-up path.

/** 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits. Not for security: only a stable, well-spread key. */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The URL without what varies between runs or must not be kept: credentials, fragment, query order. */
export function stableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.hash = '';
    u.searchParams.sort();
    return u.href;
  } catch {
    return url;
  }
}

const VOLATILE: ReadonlyArray<[RegExp, string]> = [
  // IMF-fixdate, RFC 850 and asctime dates (Date, Expires, Last-Modified values change every run).
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Za-z]{3} \d{4} \d{1,2}:\d{2}:\d{2} GMT\b/g, '<date>'],
  [/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2}-[A-Za-z]{3}-\d{2} \d{1,2}:\d{2}:\d{2} GMT\b/g, '<date>'],
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Za-z]{3} [ \d]\d \d{1,2}:\d{2}:\d{2} \d{4}\b/g, '<date>'],
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<date>'],
  // Byte offsets move when any earlier header changes length.
  [/\b(byte|offset)s? \d+/gi, '$1 #'],
];

/** Evidence with dates and byte offsets replaced, so the same problem hashes the same on the next run. */
export function stableEvidence(evidence: string): string {
  return VOLATILE.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), evidence);
}

/** The fingerprint of one finding; `occurrence` tells apart identical findings on the same exchange. */
export function findingFingerprint(ruleId: string, method: string, url: string, evidence: string, occurrence: number): string {
  const key = [ruleId, method, stableUrl(url), stableEvidence(evidence)].join('\n');
  return `${stableHash(key)}:${occurrence}`;
}

const SAFE_SEGMENT = /[^A-Za-z0-9._~-]/g;

function safeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep it encoded as received
  }
  const safe = decoded.replace(SAFE_SEGMENT, '_');
  // "." and ".." would walk out of the pseudo-tree when a consumer resolves the path.
  return safe === '' ? 'index' : /^\.+$/.test(safe) ? safe.replace(/\./g, '_') : safe;
}

/**
 * A relative, scheme-less path that stands for a URL where a file would: `http/127.0.0.1_8080/items/1`.
 * Only unreserved characters; a query becomes a hash suffix on the last segment (`…/search__q1a2b3c4d`).
 */
export function pseudoPath(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `url/${stableHash(url).slice(0, 12)}`;
  }
  const scheme = u.protocol.replace(/:$/, '').replace(SAFE_SEGMENT, '_');
  const host = u.hostname.replace(/^\[|\]$/g, '').replace(SAFE_SEGMENT, '_');
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  const segments = u.pathname.split('/').slice(1).map(safeSegment);
  if (u.search) {
    u.searchParams.sort();
    segments[segments.length - 1] += `__q${stableHash(u.searchParams.toString()).slice(0, 8)}`;
  }
  return [scheme, `${host}_${port}`, ...segments].join('/');
}
