// Turns curl-style options into the request to send. Reads @files; everything else is pure.
import { readFileSync } from 'node:fs';
import type { RequestSpec } from '../http1/request';
import { UsageError } from './usage';

export interface RequestFlags {
  request?: string;
  header?: string[];
  data?: string;
  jsonBody?: string;
  user?: string;
  userAgent?: string;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function parseUrl(text: string): URL {
  // curl accepts a bare host: "example.com/path" means http://example.com/path.
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new UsageError(`"${text}" is not a valid URL (expected e.g. https://api.example.com/users/42)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`unsupported scheme "${url.protocol.replace(/:$/, '')}" in ${text}: httpinspect speaks http and https`);
  }
  if (!url.hostname) throw new UsageError(`"${text}" has no host`);
  return url;
}

/** "Name: value" → [name, value]; "Name:" (empty) removes a default header, as in curl. */
export function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new UsageError(`-H expects "Name: value", not "${text}"`);
  const name = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (!TOKEN.test(name)) throw new UsageError(`"${name}" is not a valid header name`);
  if (/[\r\n\0]/.test(value)) throw new UsageError(`the value of header ${name} contains a line break or NUL`);
  // Header text from the command line is Unicode; on the wire it goes as UTF-8 bytes.
  return [name, Buffer.from(value, 'utf8').toString('latin1')];
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
  if (!TOKEN.test(method)) throw new UsageError(`"${method}" is not a valid HTTP method`);
  return { url, method, headers, body };
}
