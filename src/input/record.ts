// --replay: a --record file (one JSON line per exchange, bytes in base64) back into exchanges, grouped by the
// inspection they belonged to, to be judged again with today's rules and settings. The response is parsed
// again from the recorded bytes by the same framer the live capture used, ended the same way, so findings
// and byte offsets come out the same. Pure: the caller reads the file.
import type { Anomaly, AnomalyId, ByteRange, EvidenceKind, Exchange, ExchangeSource, H2Info, Protocol, RequestMessage, ResponseMessage, Timings, TlsInfo, TransportError } from '../exchange';
import { ResponseFramer } from '../http1/framer';
import { responseFromFramer, type ParsedResponse } from '../http1/parse';
import { UsageError } from '../options/usage';

export const RECORD_VERSION = 1;

/** Anomalies the capture adds from what it saw of the connection, not from the bytes (so not parsed again). */
export const CAPTURE_ANOMALIES: ReadonlySet<AnomalyId> = new Set<AnomalyId>(['connection-close-ignored']);

export interface RecordLine {
  httpinspectRecord: typeof RECORD_VERSION;
  /** Which inspection of the run (0-based): a preflight, a request and its redirect hops share one. */
  inspection: number;
  /** The --input or config file (and line) that listed the target. */
  input?: { file: string; line?: number };
  url: string;
  source?: ExchangeSource;
  unavailable?: EvidenceKind[];
  startedAt?: number;
  target: Exchange['target'];
  request: RequestMessage;
  /** Base64 of every byte sent and every byte received that was kept. */
  sent: string;
  received: string;
  receivedTotal: number;
  /** --max-header-size of the capture: the parse again uses the same limit. */
  maxHeaderBytes: number;
  timings: Timings;
  tls?: TlsInfo;
  error?: TransportError;
  cors?: Exchange['cors'];
  captureAnomalies: Anomaly[];
  /** HTTP/2 (absent: HTTP/1.1): the protocol, what was asked for, the frame record, the compared exchange. */
  protocol?: Protocol;
  protocolRequested?: Protocol;
  h2?: H2Info;
  comparedTo?: number;
  /** The capture's own parse, when the bytes cannot give it back (a body past --max-body, HAR or raw input). */
  parsed?: { interim: ResponseMessage[]; response?: ResponseMessage; extra?: ByteRange; anomalies: Anomaly[] };
}

function exchangeOf(line: RecordLine): Exchange {
  const received = Buffer.from(line.received, 'base64');
  let parsed: ParsedResponse;
  if (line.parsed) {
    parsed = { interim: line.parsed.interim, response: line.parsed.response, extra: line.parsed.extra, anomalies: line.parsed.anomalies };
  } else {
    const framer = new ResponseFramer({ method: line.request.method, maxHeaderBytes: line.maxHeaderBytes });
    framer.push(received);
    // The capture ends the framer with "the server closed" unless it stopped on an error (timeout, limit …).
    framer.end(line.error === undefined);
    parsed = responseFromFramer(framer);
  }
  return {
    ...(line.source ? { source: line.source } : {}),
    ...(line.unavailable ? { unavailable: line.unavailable } : {}),
    ...(line.startedAt !== undefined ? { startedAt: line.startedAt } : {}),
    url: line.url,
    target: line.target,
    request: line.request,
    sent: Buffer.from(line.sent, 'base64'),
    received,
    receivedTotal: line.receivedTotal,
    interim: parsed.interim,
    ...(parsed.response ? { response: parsed.response } : {}),
    ...(parsed.extra ? { extra: parsed.extra } : {}),
    anomalies: [...parsed.anomalies, ...line.captureAnomalies],
    timings: line.timings,
    ...(line.tls ? { tls: line.tls } : {}),
    ...(line.error ? { error: line.error } : {}),
    ...(line.cors ? { cors: line.cors } : {}),
    ...(line.protocol ? { protocol: line.protocol } : {}),
    ...(line.protocolRequested ? { protocolRequested: line.protocolRequested } : {}),
    ...(line.h2 ? { h2: line.h2 } : {}),
    ...(line.comparedTo !== undefined ? { comparedTo: line.comparedTo } : {}),
  };
}

function check(value: unknown, where: string): RecordLine {
  const line = value as Partial<RecordLine> | null;
  const fail = (what: string): never => {
    throw new UsageError(`${where}: ${what}`);
  };
  if (typeof line !== 'object' || line === null || Array.isArray(line)) return fail('not a JSON object');
  if (line.httpinspectRecord !== RECORD_VERSION) return fail(`not an httpinspect record line of version ${RECORD_VERSION} (written with --record)`);
  if (typeof line.url !== 'string' || typeof line.sent !== 'string' || typeof line.received !== 'string') return fail('url, sent and received must be strings');
  if (typeof line.inspection !== 'number' || typeof line.receivedTotal !== 'number' || typeof line.maxHeaderBytes !== 'number') return fail('inspection, receivedTotal and maxHeaderBytes must be numbers');
  const request = line.request;
  if (typeof request !== 'object' || request === null || typeof request.method !== 'string' || !Array.isArray(request.headers)) return fail('request must be an object with method and headers');
  if (typeof line.target !== 'object' || line.target === null || typeof line.timings !== 'object' || !Array.isArray(line.captureAnomalies)) return fail('target, timings and captureAnomalies are missing');
  return line as RecordLine;
}

export interface RecordedInspection {
  exchanges: Exchange[];
  /** Where the live run's target was listed, when it was. */
  input?: { file: string; line?: number };
}

/** The exchanges of each recorded inspection, in the order they were recorded. */
export function inspectionsFromRecord(text: string, label: string): RecordedInspection[] {
  const groups: RecordedInspection[] = [];
  let current: number | undefined;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const where = `${label}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new UsageError(`${where}: not valid JSON (a --record file has one JSON object per line)`);
    }
    const line = check(value, where);
    if (line.inspection !== current || groups.length === 0) groups.push({ exchanges: [], ...(line.input ? { input: line.input } : {}) });
    current = line.inspection;
    groups[groups.length - 1]!.exchanges.push(exchangeOf(line));
  });
  if (groups.length === 0) throw new UsageError(`${label}: the record file holds no exchange`);
  return groups;
}

/** Just the exchanges, grouped by inspection. */
export function exchangesFromRecord(text: string, label: string): Exchange[][] {
  return inspectionsFromRecord(text, label).map((g) => g.exchanges);
}
