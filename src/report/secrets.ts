// Credentials never reach a report or the terminal unless the user asks (--show-secrets).

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** Keeps the scheme of an Authorization value ("Basic ****") and the cookie names of Cookie / Set-Cookie. */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^\S+/.exec(value.trim())?.[0];
    return scheme && scheme.length < value.trim().length ? `${scheme} ****` : '****';
  }
  if (lower === 'cookie') {
    return value
      .split(';')
      .map((pair) => pair.trim().split('=')[0])
      .filter(Boolean)
      .map((n) => `${n}=****`)
      .join('; ');
  }
  if (lower === 'set-cookie') {
    const [first, ...attributes] = value.split(';');
    const cookieName = (first ?? '').split('=')[0]!.trim();
    return [`${cookieName}=****`, ...attributes.map((a) => a.trim())].join('; ');
  }
  return value;
}

/** Masks user:password in a URL. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = u.username ? '****' : '';
    u.password = u.password ? '****' : '';
    return u.href;
  } catch {
    return url;
  }
}

/** Masks secret header lines inside raw header text ("Authorization: Bearer x" → "Authorization: Bearer ****"). */
export function maskHeaderLine(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  const name = line.slice(0, colon).trim();
  if (!isSecretHeader(name)) return line;
  return `${line.slice(0, colon + 1)} ${maskHeaderValue(name, line.slice(colon + 1).trim())}`;
}
