// The checks every generated response must pass. Valid: parsed exactly as generated — status, headers,
// de-chunked content, trailers, end offset — with no anomaly and no framing warning or error, in one push,
// in pieces of 1, 7 and 1,460 bytes through the live framer, and offline (--raw). Invalid: at least one
// framing warning or error whose evidence or location points at the offending bytes, live and offline alike.
import { framingRules } from '../../../rules/framing/index';
import type { Finding } from '../../../src/engine/rule';
import { runRules } from '../../../src/engine/run';
import type { Exchange } from '../../../src/exchange';
import { ResponseFramer } from '../../../src/http1/framer';
import { responseFromFramer, type ParsedResponse } from '../../../src/http1/parse';
import { exchangesFromRaw } from '../../../src/input/raw';
import { UsageError } from '../../../src/options/usage';
import { exchangeOf } from '../../helpers/exchange';
import { bytesOf, type Generated } from './generate';
import type { Mutant } from './mutate';

export const PIECES = [1, 7, 1460];

export interface Reading {
  interim: number[];
  version: string;
  status: number;
  reason: string;
  headers: Array<[string, string]>;
  content: string;
  trailers: Array<[string, string]>;
  framing: string;
  complete: boolean;
  end: number | undefined;
  anomalies: string[];
}

/** Feeds the framer in pieces of `size` bytes (Infinity: one push) and reads what it found. */
export function framed(bytes: Buffer, method: string, size = Infinity): ParsedResponse & { end: number | undefined } {
  const framer = new ResponseFramer({ method, maxHeaderBytes: 64 * 1024 });
  if (size === Infinity) framer.push(bytes);
  else for (let i = 0; i < bytes.length; i += size) framer.push(bytes.subarray(i, i + size));
  framer.end();
  return { ...responseFromFramer(framer), end: framer.finalEnd };
}

export function readingOf(parsed: ParsedResponse & { end?: number }, bytes: Buffer): Reading {
  const res = parsed.response;
  const pairs = (h: readonly { name: string; value: string }[]) => h.map((x): [string, string] => [x.name, x.value]);
  return {
    interim: parsed.interim.map((m) => m.status),
    version: res?.httpVersion ?? '',
    status: res?.status ?? 0,
    reason: res?.reason ?? '',
    headers: pairs(res?.headers ?? []),
    content: Buffer.concat((res?.content ?? []).map((r) => bytes.subarray(r.offset, r.offset + r.length))).toString('latin1'),
    trailers: pairs(res?.trailers ?? []),
    framing: res?.framing.kind ?? '',
    complete: res?.complete ?? false,
    end: parsed.end,
    anomalies: parsed.anomalies.map((a) => `${a.id}@${a.offset}`),
  };
}

function expectedReading(g: Generated, bytes: Buffer): Reading {
  const e = g.expected;
  return { interim: e.interim, version: e.version, status: e.status, reason: e.reason, headers: e.headers, content: e.content, trailers: e.trailers, framing: e.framing, complete: true, end: bytes.length, anomalies: [] };
}

function differences(label: string, got: Reading, want: Reading): string[] {
  const out: string[] = [];
  for (const key of Object.keys(want) as Array<keyof Reading>) {
    const a = JSON.stringify(got[key]);
    const b = JSON.stringify(want[key]);
    if (a !== b) out.push(`${label}: ${key} is ${a.slice(0, 300)}, expected ${b.slice(0, 300)}`);
  }
  return out;
}

const severe = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

function framingFindings(exchange: Exchange): Finding[] {
  return runRules([exchange], framingRules, { settings: new Map(), maxBody: 1 << 22 })[0]!;
}

/** A saved request for offline parsing, so that Expect: 100-continue is known there too. */
function savedRequest(g: { method: string; requestHeaders: Array<[string, string]> }): Buffer {
  return Buffer.from(`${g.method} /r HTTP/1.1\r\nHost: 127.0.0.1\r\n${g.requestHeaders.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`, 'latin1');
}

/** What is wrong with how a valid response was read (empty: nothing). */
export function judgeValid(g: Generated): string[] {
  const bytes = bytesOf(g.segments);
  const want = expectedReading(g, bytes);
  const problems: string[] = [];
  for (const size of [Infinity, ...PIECES]) {
    problems.push(...differences(size === Infinity ? 'one push' : `pieces of ${size}`, readingOf(framed(bytes, g.method, size), bytes), want));
  }
  const live = exchangeOf({ method: g.method, requestHeaders: g.requestHeaders, response: bytes });
  for (const f of severe(framingFindings(live))) problems.push(`live: ${f.ruleId} ${f.severity}: ${f.message} (${f.evidence})`);
  const offline = exchangesFromRaw(bytes, { method: g.method, request: savedRequest(g) });
  if (offline.warnings.length > 0) problems.push(`offline warnings: ${offline.warnings.join(' | ')}`);
  if (offline.exchanges.length !== 1) problems.push(`offline: ${offline.exchanges.length} exchanges`);
  const ex = offline.exchanges[0]!;
  const res = ex.response;
  const offlineReading = readingOf({ interim: ex.interim, response: res, extra: ex.extra, anomalies: ex.anomalies, end: res?.complete ? res.body.offset + res.body.length : undefined }, bytes);
  problems.push(...differences('offline', offlineReading, want));
  for (const f of severe(framingFindings(ex))) problems.push(`offline: ${f.ruleId} ${f.severity}: ${f.message} (${f.evidence})`);
  return problems;
}

/** True when the finding points into [from, to]: by its location or an "at byte N" in its evidence. */
function pointsInto(f: Finding, from: number, to: number): boolean {
  const offsets = [f.location?.offset, ...[...f.evidence.matchAll(/(?:at|after) byte (\d+)/g)].map((m) => Number(m[1]))];
  return offsets.some((o) => o !== undefined && o >= from && o <= to);
}

/** What is wrong with how an invalid response was judged (empty: nothing). */
export function judgeInvalid(m: Mutant): string[] {
  const bytes = bytesOf(m.segments);
  const problems: string[] = [];
  const live = exchangeOf({ method: m.method, requestHeaders: m.requestHeaders, response: bytes });
  const findings = severe(framingFindings(live));
  if (findings.length === 0) problems.push('live: no framing warning or error');
  else if (!findings.some((f) => pointsInto(f, m.from, m.to))) {
    problems.push(`live: no finding points at bytes ${m.from}–${m.to}: ${findings.map((f) => `${f.ruleId} [${f.location?.offset}] ${f.evidence}`).join(' | ')}`);
  }
  const once = readingOf(framed(bytes, m.method), bytes);
  for (const size of PIECES) {
    const inPieces = readingOf(framed(bytes, m.method, size), bytes);
    problems.push(...differences(`pieces of ${size} vs one push`, inPieces, once));
  }
  try {
    const offline = exchangesFromRaw(bytes, { method: m.method, request: savedRequest(m) });
    const all = offline.exchanges.flatMap((ex) => severe(framingFindings(ex)));
    if (all.length === 0) problems.push(`offline: no framing warning or error${offline.warnings.length ? ` (warnings: ${offline.warnings.join(' | ')})` : ''}`);
  } catch (err) {
    // Refusing bytes that are not an HTTP/1.x response, with the reason, is a verdict too.
    if (!(err instanceof UsageError)) throw err;
  }
  return problems;
}
