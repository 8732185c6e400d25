// The --json report: a stable, versioned structure (schemaVersion 1, documented in the README).
import type { Exchange, H2Info, RawHeader, ResponseMessage } from '../exchange';
import type { Finding } from '../engine/rule';
import type { Inspection } from '../judge';
import type { ReportContext, RunTotals, SourceLocation } from './format';
import type { CorsVerdict } from '../cors/verdict';
import { clientsJson } from '../clients/render';
import { maskerFor, maskHeaderValue, maskUrl } from './secrets';
import { allRules } from '../../rules/index';

export const SCHEMA_VERSION = 1;

let specByRule: Map<string, string> | undefined;

/** Where to read more about a finding's rule: the explain command and the spec section it rests on. */
function docsOf(ruleId: string): { command: string; spec: string | null } {
  specByRule ??= new Map(allRules.map((r) => [r.meta.id, r.meta.ref.url]));
  return { command: `httpinspect explain ${ruleId}`, spec: specByRule.get(ruleId) ?? null };
}

type ReportOptions = Pick<ReportContext, 'showSecrets' | 'tool' | 'clients' | 'known' | 'sources' | 'proxy'>;

type Pair = [string, string];

function pairs(headers: readonly RawHeader[], showSecrets: boolean): Pair[] {
  return headers.map((h) => [h.name, showSecrets ? h.value : maskHeaderValue(h.name, h.value)]);
}

function round(ms: number | undefined): number | null {
  return ms === undefined ? null : Math.round(ms * 100) / 100;
}

function messageJson(m: ResponseMessage, showSecrets: boolean) {
  return {
    httpVersion: m.httpVersion,
    status: m.status,
    reason: m.reason,
    headers: pairs(m.headers, showSecrets),
    ...(m.pseudoHeaders ? { pseudoHeaders: pairs(m.pseudoHeaders, showSecrets) } : {}),
    bodySize: m.contentLength,
  };
}

/** The HTTP/2 record: frames, SETTINGS, RST_STREAM/GOAWAY codes, header blocks with per-field encoding and offset. */
function h2Json(h2: H2Info, showSecrets: boolean) {
  return {
    frames: h2.frames,
    framesNotRecorded: h2.framesNotRecorded,
    settings: h2.settings,
    errors: h2.errors,
    headerBlocks: h2.blocks.map((b) => ({
      ...b,
      fields: b.fields.map((f) => ({ ...f, value: showSecrets ? f.value : maskHeaderValue(f.name, f.value) })),
    })),
    data: h2.data,
    problems: h2.problems,
    droppedRequestFields: h2.droppedRequestFields,
  };
}

export function exchangeJson(exchange: Exchange, findings: readonly Finding[], showSecrets: boolean, known?: ReadonlySet<Finding>) {
  const res = exchange.response;
  const mask = maskerFor(exchange, showSecrets);
  return {
    url: showSecrets ? exchange.url : maskUrl(exchange.url),
    protocol: exchange.protocol ?? 'http/1.1',
    request: {
      method: exchange.request.method,
      target: exchange.request.target,
      httpVersion: exchange.request.httpVersion,
      headers: pairs(exchange.request.headers, showSecrets),
      bodySize: exchange.request.bodySize,
    },
    response: res
      ? {
          ...messageJson(res, showSecrets),
          trailers: pairs(res.trailers, showSecrets),
          complete: res.complete,
          framing: res.framing.kind,
        }
      : null,
    interim: exchange.interim.map((m) => messageJson(m, showSecrets)),
    extraBytes: exchange.extra?.length ?? 0,
    receivedBytes: exchange.receivedTotal,
    remoteAddress: exchange.target.remoteAddress ?? null,
    timings: {
      dns: round(exchange.timings.dns),
      connect: round(exchange.timings.connect),
      tls: round(exchange.timings.tls),
      ttfb: round(exchange.timings.ttfb),
      total: round(exchange.timings.total),
    },
    tls: exchange.tls ?? null,
    h2: exchange.h2 ? h2Json(exchange.h2, showSecrets) : null,
    error: exchange.error ? { code: exchange.error.code, message: mask(exchange.error.message) } : null,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: mask(f.message),
      evidence: mask(f.evidence),
      location: f.location,
      docs: docsOf(f.ruleId),
      // Only with --baseline: whether the baseline already had this finding.
      ...(known ? { known: known.has(f) } : {}),
    })),
  };
}

export function summaryOf(inspections: readonly Inspection[]) {
  const all = inspections.flatMap((i) => i.findings.flat());
  return {
    exchanges: inspections.reduce((n, i) => n + i.exchanges.length, 0),
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
    /** Exchanges that got no response at all (refused, DNS, timeout before the status line). */
    transportErrors: inspections.reduce((n, i) => n + i.exchanges.filter((e) => e.error !== undefined && e.response === undefined).length, 0),
    notEvaluated: inspections.reduce((n, i) => n + i.notEvaluated.reduce((m, list) => m + list.length, 0), 0),
  };
}

/** The JSON `summary` from running totals (the same fields as `summaryOf`, plus `known` with --baseline). */
export function summaryJson(totals: RunTotals, withKnown: boolean) {
  const { exchanges, errors, warnings, infos, transportErrors, notEvaluated } = totals;
  return { exchanges, errors, warnings, infos, transportErrors, notEvaluated, ...(withKnown ? { known: totals.known } : {}) };
}

/**
 * The index (within the inspection) of the exchange that carries the CORS verdict: the actual request, or the
 * preflight when it was all that was sent (--preflight-only, or a failed preflight).
 */
export function corsEntryOf(inspection: Inspection): number | null {
  const verdict = inspection.cors;
  if (!verdict) return null;
  if (verdict.preflight === null) return 0;
  return verdict.preflight + 1 < inspection.exchanges.length ? verdict.preflight + 1 : verdict.preflight;
}

/** The verdict with `preflight` as an index into the report's `exchanges` (all inspections flattened). */
function corsJson(verdict: CorsVerdict, offset: number) {
  return { ...verdict, preflight: verdict.preflight === null ? null : verdict.preflight + offset };
}

/** The report entries of one inspection; `index` is its position in the run, `offset` the exchanges before it. */
export function inspectionEntries(inspection: Inspection, index: number, offset: number, options: ReportOptions) {
  const at = corsEntryOf(inspection);
  const source: SourceLocation | undefined = options.sources?.[index];
  return inspection.exchanges.map((ex, k) => ({
    ...exchangeJson(ex, inspection.findings[k] ?? [], options.showSecrets, options.known),
    source: ex.source ?? 'network',
    // Rules that could not be judged from this input (e.g. framing from a HAR): not evaluated, never passed.
    notEvaluated: (inspection.notEvaluated[k] ?? []).map((n) => n.ruleId),
    // Added in 0.2: why each of those rules could not judge this exchange.
    notEvaluatedReasons: (inspection.notEvaluated[k] ?? []).map((n) => ({ ruleId: n.ruleId, reason: n.reason })),
    cors: k === at && inspection.cors ? corsJson(inspection.cors, offset) : null,
    clients: clientsJson(options.clients?.get(ex), maskerFor(ex, options.showSecrets)),
    // Added in 0.2: set on a follow-up probe request (--probe); `of` indexes this report's `exchanges`.
    probe: ex.probe ? { name: ex.probe.name, of: ex.probe.of + offset } : null,
    // Added in 0.2: which target (0-based, in input order) this exchange belongs to, and where it was listed.
    inspection: index,
    input: source ? { file: source.file, line: source.line ?? null } : null,
  }));
}

/** `httpinspect proxy`: findings grouped by rule, method and path; CONNECT tunnels it did not inspect. */
export function proxyJson(options: ReportOptions) {
  if (!options.proxy) return {};
  const groups = options.proxy.groups.map((g) => ({
    ruleId: g.ruleId,
    method: g.method,
    path: g.path,
    count: g.count,
    evidence: maskerFor(g.first.exchange, options.showSecrets)(g.first.finding.evidence),
  }));
  return { groups, notInspected: options.proxy.notInspected };
}

export function jsonReport(inspections: readonly Inspection[], options: ReportOptions) {
  let offset = 0;
  const exchanges = inspections.flatMap((inspection, index) => {
    const entries = inspectionEntries(inspection, index, offset, options);
    offset += inspection.exchanges.length;
    return entries;
  });
  const known = options.known;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: options.tool,
    exchanges,
    summary: known ? { ...summaryOf(inspections), known: inspections.reduce((n, i) => n + i.findings.flat().filter((f) => known.has(f)).length, 0) } : summaryOf(inspections),
    ...proxyJson(options),
  };
}

export function renderJson(inspections: readonly Inspection[], options: ReportContext): string {
  return `${JSON.stringify(jsonReport(inspections, options), null, 2)}\n`;
}
