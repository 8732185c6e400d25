// The HAR 1.2 format (http://www.softwareishard.com/blog/har-12-spec/): types, and a reader that checks the
// parts httpinspect uses, naming the JSON path of the first problem ("log.entries[3].response.status is not a number").
import { UsageError } from '../options/usage';

export interface HarNameValue {
  name: string;
  value: string;
  comment?: string;
}

export interface HarCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  expires?: string;
  httpOnly?: boolean;
  secure?: boolean;
}

export interface HarPostData {
  mimeType: string;
  text?: string;
  params?: Array<{ name: string; value?: string; fileName?: string; contentType?: string }>;
  /** Not in HAR 1.2: httpinspect writes a binary request body as base64 and says so here. */
  _encoding?: 'base64';
}

export interface HarContent {
  size: number;
  compression?: number;
  mimeType: string;
  text?: string;
  encoding?: string;
  comment?: string;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  cookies: HarCookie[];
  headers: HarNameValue[];
  queryString: HarNameValue[];
  postData?: HarPostData;
  headersSize: number;
  bodySize: number;
  comment?: string;
}

export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  cookies: HarCookie[];
  headers: HarNameValue[];
  content: HarContent;
  redirectURL: string;
  headersSize: number;
  bodySize: number;
  comment?: string;
}

export interface HarTimings {
  blocked?: number;
  dns?: number;
  connect?: number;
  send: number;
  wait: number;
  receive: number;
  ssl?: number;
  comment?: string;
}

export interface HarEntry {
  pageref?: string;
  startedDateTime: string;
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: Record<string, unknown>;
  timings: HarTimings;
  serverIPAddress?: string;
  connection?: string;
  comment?: string;
}

export interface HarLog {
  version: string;
  creator: { name: string; version: string; comment?: string };
  browser?: { name: string; version: string; comment?: string };
  pages?: unknown[];
  entries: HarEntry[];
  comment?: string;
}

export interface Har {
  log: HarLog;
}

type Json = unknown;

function kind(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks one value's type, throwing an error that names its JSON path. */
class Checker {
  constructor(private readonly label: string) {}

  fail(path: string, problem: string): never {
    throw new UsageError(`${this.label}: ${path} ${problem}`);
  }

  object(value: Json, path: string): Record<string, Json> {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `is not an object (it is ${kind(value)})`);
    return value as Record<string, Json>;
  }

  array(value: Json, path: string): Json[] {
    if (value === undefined) this.fail(path, 'is missing');
    if (!Array.isArray(value)) this.fail(path, `is not an array (it is ${kind(value)})`);
    return value;
  }

  string(value: Json, path: string): string {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'string') this.fail(path, `is not a string (it is ${kind(value)})`);
    return value;
  }

  number(value: Json, path: string): number {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(path, `is not a number (it is ${kind(value)})`);
    return value;
  }

  optional<T>(value: Json, path: string, check: (v: Json, p: string) => T): T | undefined {
    return value === undefined || value === null ? undefined : check(value, path);
  }

  nameValues(value: Json, path: string, required: boolean): HarNameValue[] {
    if (value === undefined && !required) return [];
    return this.array(value, path).map((item, i) => {
      const o = this.object(item, `${path}[${i}]`);
      return { name: this.string(o.name, `${path}[${i}].name`), value: this.string(o.value, `${path}[${i}].value`) };
    });
  }

  cookies(value: Json, path: string): HarCookie[] {
    if (value === undefined) return [];
    return this.array(value, path).map((item, i) => {
      const o = this.object(item, `${path}[${i}]`);
      return { ...(o as object), name: this.string(o.name, `${path}[${i}].name`), value: this.string(o.value, `${path}[${i}].value`) } as HarCookie;
    });
  }
}

/**
 * Parses and checks a HAR file. Lenient where readers should be (a missing `cookies` or `queryString` array,
 * custom `_fields`), strict on what the import needs. `label` prefixes every error (the file name).
 */
export function readHar(text: string | Buffer, label = 'HAR'): Har {
  const source = (typeof text === 'string' ? text : text.toString('utf8')).replace(/^\ufeff/, '');
  let root: Json;
  try {
    root = JSON.parse(source);
  } catch (err) {
    throw new UsageError(`${label}: not valid JSON (${(err as Error).message})`);
  }
  const c = new Checker(label);
  const log = c.object(c.object(root, '(root)').log, 'log');
  const version = c.string(log.version, 'log.version');
  if (!/^1\.\d+$/.test(version)) c.fail('log.version', `is "${version}": httpinspect reads HAR 1.x`);
  const creator = c.object(log.creator, 'log.creator');
  const entries = c.array(log.entries, 'log.entries').map((item, i) => entryOf(c, item, `log.entries[${i}]`));
  return {
    log: {
      version,
      creator: { name: c.string(creator.name, 'log.creator.name'), version: c.string(creator.version, 'log.creator.version') },
      entries,
      ...(typeof log.comment === 'string' ? { comment: log.comment } : {}),
    },
  };
}

function entryOf(c: Checker, value: Json, path: string): HarEntry {
  const e = c.object(value, path);
  const startedDateTime = c.string(e.startedDateTime, `${path}.startedDateTime`);
  if (Number.isNaN(Date.parse(startedDateTime))) c.fail(`${path}.startedDateTime`, `is not an ISO 8601 date ("${startedDateTime}")`);
  const req = c.object(e.request, `${path}.request`);
  const res = c.object(e.response, `${path}.response`);
  const content = c.object(res.content, `${path}.response.content`);
  const t = c.object(e.timings, `${path}.timings`);
  const timing = (name: string) => c.optional(t[name], `${path}.timings.${name}`, (v, p) => c.number(v, p));
  const encoding = c.optional(content.encoding, `${path}.response.content.encoding`, (v, p) => c.string(v, p));
  if (encoding !== undefined && encoding !== '' && encoding !== 'base64') {
    c.fail(`${path}.response.content.encoding`, `is "${encoding}": only "base64" is known`);
  }
  const postDataValue = c.optional(req.postData, `${path}.request.postData`, (v, p) => c.object(v, p));
  let postData: HarPostData | undefined;
  if (postDataValue) {
    postData = {
      mimeType: c.optional(postDataValue.mimeType, `${path}.request.postData.mimeType`, (v, p) => c.string(v, p)) ?? '',
      text: c.optional(postDataValue.text, `${path}.request.postData.text`, (v, p) => c.string(v, p)),
      ...(postDataValue._encoding === 'base64' ? { _encoding: 'base64' as const } : {}),
    };
  }
  return {
    startedDateTime,
    time: c.number(e.time, `${path}.time`),
    request: {
      method: c.string(req.method, `${path}.request.method`),
      url: c.string(req.url, `${path}.request.url`),
      httpVersion: c.string(req.httpVersion, `${path}.request.httpVersion`),
      cookies: c.cookies(req.cookies, `${path}.request.cookies`),
      headers: c.nameValues(req.headers, `${path}.request.headers`, true),
      queryString: c.nameValues(req.queryString, `${path}.request.queryString`, false),
      postData,
      headersSize: c.optional(req.headersSize, `${path}.request.headersSize`, (v, p) => c.number(v, p)) ?? -1,
      bodySize: c.optional(req.bodySize, `${path}.request.bodySize`, (v, p) => c.number(v, p)) ?? -1,
    },
    response: {
      status: c.number(res.status, `${path}.response.status`),
      statusText: c.optional(res.statusText, `${path}.response.statusText`, (v, p) => c.string(v, p)) ?? '',
      httpVersion: c.optional(res.httpVersion, `${path}.response.httpVersion`, (v, p) => c.string(v, p)) ?? '',
      cookies: c.cookies(res.cookies, `${path}.response.cookies`),
      headers: c.nameValues(res.headers, `${path}.response.headers`, true),
      content: {
        size: c.optional(content.size, `${path}.response.content.size`, (v, p) => c.number(v, p)) ?? -1,
        mimeType: c.optional(content.mimeType, `${path}.response.content.mimeType`, (v, p) => c.string(v, p)) ?? '',
        text: c.optional(content.text, `${path}.response.content.text`, (v, p) => c.string(v, p)),
        ...(encoding ? { encoding } : {}),
      },
      redirectURL: c.optional(res.redirectURL, `${path}.response.redirectURL`, (v, p) => c.string(v, p)) ?? '',
      headersSize: c.optional(res.headersSize, `${path}.response.headersSize`, (v, p) => c.number(v, p)) ?? -1,
      bodySize: c.optional(res.bodySize, `${path}.response.bodySize`, (v, p) => c.number(v, p)) ?? -1,
      ...(typeof res._error === 'string' ? { comment: res._error } : typeof res.comment === 'string' ? { comment: res.comment } : {}),
    },
    cache: {},
    timings: {
      blocked: timing('blocked'),
      dns: timing('dns'),
      connect: timing('connect'),
      ssl: timing('ssl'),
      send: c.number(t.send, `${path}.timings.send`),
      wait: c.number(t.wait, `${path}.timings.wait`),
      receive: c.number(t.receive, `${path}.timings.receive`),
    },
    ...(typeof e.serverIPAddress === 'string' ? { serverIPAddress: e.serverIPAddress } : {}),
    ...(typeof e.comment === 'string' ? { comment: e.comment } : {}),
  };
}
