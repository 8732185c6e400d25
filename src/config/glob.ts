// URL globs for config overrides: `*` matches within one path segment (no "/"), `**` matches across segments.
// Matched against the whole normalized URL (lower-case scheme and host, default port dropped).

const cache = new Map<string, RegExp>();

/** The regular expression for a glob; a trailing "/**" also matches the bare prefix ("…/v1/**" matches "…/v1"). */
export function globRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const trailing = i + 2 === glob.length && source.endsWith('\\/');
      if (trailing) source = `${source.slice(0, -2)}(?:\\/.*)?`;
      else source += '.*';
      i++;
    } else if (ch === '*') {
      source += '[^/]*';
    } else {
      source += ch.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}

/** The URL as globs see it. Unparseable input is matched as given. */
export function normalizedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function urlMatches(url: string, globs: readonly string[]): boolean {
  const normalized = normalizedUrl(url);
  return globs.some((glob) => globRegExp(glob).test(normalized) || globRegExp(glob).test(url));
}
