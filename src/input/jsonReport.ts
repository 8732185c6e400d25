// `httpinspect merge`: JSON reports (schemaVersion 1) back into inspections, so every report format can be
// written from several shards' reports as from one run. A JSON report holds parsed messages and findings, not
// bytes: the exchanges rebuilt here carry headers, status, sizes, timings and errors, with empty byte buffers;
// findings are taken as judged, not judged again. Pure: the caller reads the files.
import type { Finding, NotEvaluated, Severity } from '../engine/rule';
import type { Exchange, RawHeader, ResponseMessage } from '../exchange';
import type { Inspection } from '../judge';
import type { CorsVerdict } from '../cors/verdict';
import { UsageError } from '../options/usage';

type Pair = [string, string];

interface MessageEntry {
  httpVersion: string;
  status: number;
  reason: string;
  headers: Pair[];
  bodySize: number;
  trailers?: Pair[];
  complete?: boolean;
  framing?: ResponseMessage['framing']['kind'];
}

interface ExchangeEntry {
  url: string;
  request: { method: string; target: string; httpVersion: string; headers: Pair[]; bodySize: number };
  response: MessageEntry | null;
  interim?: MessageEntry[];
  extraBytes?: number;
  receivedBytes?: number;
  remoteAddress?: string | null;
  timings?: Record<string, number | null>;
  tls?: Exchange['tls'] | null;
  error?: { code: string; message: string } | null;
  findings: Array<{ ruleId: string; severity: Severity; message: string; evidence: string; location: Finding['location'] }>;
  source?: Exchange['source'];
  notEvaluatedReasons?: NotEvaluated[];
  cors?: CorsVerdict | null;
  inspection?: number;
  input?: { file: string; line: number | null } | null;
}

export interface ReportInput {
  inspections: Inspection[];
  sources: Array<{ file: string; line?: number } | undefined>;
}

function headersOf(pairs: readonly Pair[] | undefined): RawHeader[] {
  return (pairs ?? []).map(([name, value]) => ({ name, value, raw: `${name}: ${value}`, offset: 0 }));
}

function messageOf(m: MessageEntry): ResponseMessage {
  return {
    httpVersion: m.httpVersion,
    status: m.status,
    reason: m.reason,
    statusLine: `HTTP/${m.httpVersion} ${m.status} ${m.reason}`,
    offset: 0,
    headers: headersOf(m.headers),
    headerEnd: 0,
    framing: { kind: m.framing ?? 'none', reason: 'as reported' },
    body: { offset: 0, length: 0 },
    content: [],
    contentLength: m.bodySize,
    chunks: [],
    trailers: headersOf(m.trailers),
    complete: m.complete ?? true,
  };
}

function exchangeOf(e: ExchangeEntry): Exchange {
  const url = new URL(e.url);
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const t = e.timings ?? {};
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
  return {
    ...(e.source && e.source !== 'network' ? { source: e.source } : {}),
    url: e.url,
    target: { scheme, host: url.hostname, port: Number(url.port || (scheme === 'https' ? 443 : 80)), ...(e.remoteAddress ? { remoteAddress: e.remoteAddress } : {}) },
    request: { ...e.request, headers: headersOf(e.request.headers) },
    sent: Buffer.alloc(0),
    received: Buffer.alloc(0),
    receivedTotal: e.receivedBytes ?? 0,
    interim: (e.interim ?? []).map(messageOf),
    ...(e.response ? { response: messageOf(e.response) } : {}),
    ...(e.extraBytes ? { extra: { offset: 0, length: e.extraBytes } } : {}),
    anomalies: [],
    timings: { dns: ms(t.dns), connect: ms(t.connect), tls: ms(t.tls), ttfb: ms(t.ttfb), total: ms(t.total) ?? 0 },
    ...(e.tls ? { tls: e.tls } : {}),
    ...(e.error ? { error: e.error } : {}),
  };
}

function check(entry: unknown, where: string): ExchangeEntry {
  const e = entry as Partial<ExchangeEntry> | null;
  const ok =
    typeof e === 'object' && e !== null && typeof e.url === 'string' && URL.canParse(e.url) && typeof e.request?.method === 'string' && Array.isArray(e.request.headers) && Array.isArray(e.findings);
  if (!ok) throw new UsageError(`${where} is not an exchange of an httpinspect JSON report (url, request, findings)`);
  return e as ExchangeEntry;
}

/** The inspections of one JSON report, grouped as they were run (entries without `inspection` stand alone). */
export function inspectionsFromReport(text: string, label: string): ReportInput {
  let report: { schemaVersion?: unknown; exchanges?: unknown };
  try {
    report = JSON.parse(text) as typeof report;
  } catch {
    throw new UsageError(`${label} is not valid JSON (merge reads reports written with -f json or --report-json)`);
  }
  if (typeof report !== 'object' || report === null || report.schemaVersion !== 1 || !Array.isArray(report.exchanges)) {
    throw new UsageError(`${label} is not an httpinspect JSON report of schemaVersion 1`);
  }
  const groups: ExchangeEntry[][] = [];
  let previous: number | undefined;
  report.exchanges.forEach((raw: unknown, i: number) => {
    const entry = check(raw, `${label}: exchanges[${i}]`);
    if (entry.inspection === undefined || entry.inspection !== previous || groups.length === 0) groups.push([]);
    previous = entry.inspection;
    groups[groups.length - 1]!.push(entry);
  });
  let offset = 0;
  const inspections = groups.map((entries) => {
    const exchanges = entries.map(exchangeOf);
    const verdictAt = entries.findIndex((e) => e.cors);
    const verdict = verdictAt >= 0 ? entries[verdictAt]!.cors! : undefined;
    const inspection: Inspection = {
      exchanges,
      findings: entries.map((e) => e.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, evidence: f.evidence, location: f.location ?? null }))),
      notEvaluated: entries.map((e) => e.notEvaluatedReasons ?? []),
      // The report numbers the preflight across the whole report; an inspection numbers its own exchanges.
      ...(verdict ? { cors: { ...verdict, preflight: verdict.preflight === null ? null : verdict.preflight - offset } } : {}),
    };
    offset += entries.length;
    return inspection;
  });
  const sources = groups.map((entries) => {
    const input = entries[0]!.input;
    return input ? { file: input.file, ...(input.line !== null ? { line: input.line } : {}) } : undefined;
  });
  return { inspections, sources };
}
