// The --json report: a stable, versioned structure (schemaVersion 1, documented in the README).
import type { Exchange, H2Info, RawHeader, ResponseMessage } from '../exchange';
import type { Finding } from '../engine/rule';
import type { Inspection } from '../judge';
import type { ReportContext } from './format';
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

type ReportOptions = Pick<ReportContext, 'showSecrets' | 'tool' | 'clients'>;

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

export function exchangeJson(exchange: Exchange, findings: readonly Finding[], showSecrets: boolean) {
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

export function jsonReport(inspections: readonly Inspection[], options: ReportOptions) {
  let offset = 0;
  const exchanges = inspections.flatMap((i) => {
    const at = corsEntryOf(i);
    const entries = i.exchanges.map((ex, k) => ({
      ...exchangeJson(ex, i.findings[k] ?? [], options.showSecrets),
      source: ex.source ?? 'network',
      // Rules that could not be judged from this input (e.g. framing from a HAR): not evaluated, never passed.
      notEvaluated: (i.notEvaluated[k] ?? []).map((n) => n.ruleId),
      // Added in 0.2: why each of those rules could not judge this exchange.
      notEvaluatedReasons: (i.notEvaluated[k] ?? []).map((n) => ({ ruleId: n.ruleId, reason: n.reason })),
      cors: k === at && i.cors ? corsJson(i.cors, offset) : null,
      clients: clientsJson(options.clients?.get(ex), maskerFor(ex, options.showSecrets)),
    }));
    offset += i.exchanges.length;
    return entries;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: options.tool,
    exchanges,
    summary: summaryOf(inspections),
  };
}

export function renderJson(inspections: readonly Inspection[], options: ReportContext): string {
  return `${JSON.stringify(jsonReport(inspections, options), null, 2)}\n`;
}
