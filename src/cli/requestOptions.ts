// Turns curl-style options into the request to send. Reads @files; everything else is pure.
import { readFileSync } from 'node:fs';
import type { RequestSpec } from '../http1/request';
import { UsageError } from '../options/usage';
import { isToken } from '../http/token';
import { parseHeader, parseUrl } from '../options/request';

export { parseHeader, parseUrl } from '../options/request';

export interface RequestFlags {
  request?: string;
  header?: string[];
  data?: string;
  jsonBody?: string;
  user?: string;
  userAgent?: string;
}

export function readData(value: string, option: string): Buffer {
  if (!value.startsWith('@')) return Buffer.from(value, 'utf8');
  const path = value.slice(1);
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UsageError(`cannot read ${option} file "${path}": ${why}`);
  }
}

export function requestSpecOf(urlText: string, flags: RequestFlags): RequestSpec {
  const url = parseUrl(urlText);
  const headers = (flags.header ?? []).map(parseHeader);
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name.toLowerCase());
  let body: Buffer | undefined;
  if (flags.data !== undefined && flags.jsonBody !== undefined) throw new UsageError('use either -d/--data or --json-body, not both');
  if (flags.data !== undefined) {
    body = readData(flags.data, '-d/--data');
    if (!has('content-type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  if (flags.jsonBody !== undefined) {
    body = readData(flags.jsonBody, '--json-body');
    if (!has('content-type')) headers.push(['Content-Type', 'application/json']);
    if (!has('accept')) headers.push(['Accept', 'application/json']);
  }
  if (flags.userAgent !== undefined && !has('user-agent')) headers.push(['User-Agent', flags.userAgent]);
  const user = flags.user ?? (url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined);
  if (user !== undefined && !has('authorization')) {
    headers.push(['Authorization', `Basic ${Buffer.from(user.includes(':') ? user : `${user}:`, 'utf8').toString('base64')}`]);
  }
  url.username = '';
  url.password = '';
  const method = (flags.request ?? (body ? 'POST' : 'GET'));
  if (!isToken(method)) throw new UsageError(`"${method}" is not a valid HTTP method`);
  return { url, method, headers, body };
}
