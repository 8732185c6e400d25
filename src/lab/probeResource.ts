// A resource that answers follow-up probes correctly — conditional GET, byte ranges, gzip and br, HEAD, OPTIONS,
// keep-alive — unless told to get one thing wrong. The probe scenarios (scenarios/probe.ts) are this resource
// with one defect each, so every probe rule fires on its own scenario and on nothing else.
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { httpDate, reasonOf, type LabRequest, type Step } from './scenario';

export interface ProbeDefects {
  /** 200 again for a matching If-None-Match. */
  ignoreIfNoneMatch?: boolean;
  /** 200 again for an If-Modified-Since at Last-Modified. */
  ignoreIfModifiedSince?: boolean;
  /** Header fields left out of a 304 (e.g. Cache-Control). */
  dropOn304?: string[];
  /** This ETag on a 304 instead of the current one. */
  etagOn304?: string;
  /** Accept-Ranges: bytes, but every Range gets the whole body. */
  ignoreRange?: boolean;
  /** 206 bodies start one byte late. */
  shiftRange?: boolean;
  /** Content-Range's complete-length is one too many. */
  wrongCompleteLength?: boolean;
  /** Header fields left out of a 206. */
  dropOn206?: string[];
  /** A range past the end gets the whole body (200) instead of 416. */
  wholeBodyPastEnd?: boolean;
  /** No Vary: Accept-Encoding anywhere. */
  noVary?: boolean;
  /** The gzip body decodes to other content. */
  gzipOtherContent?: boolean;
  /** Compressed responses keep the identity response's strong ETag. */
  sameStrongEtag?: boolean;
  /** Never compresses. */
  neverCompress?: boolean;
  /** gzip whenever the request has an Accept-Encoding, whatever it accepts. */
  alwaysGzip?: boolean;
  /** HEAD says a Content-Length other than the GET body's. */
  headContentLength?: string;
  /** OPTIONS answered 405 (with Allow). */
  refuseOptions?: boolean;
  /** This Allow on OPTIONS (default "GET, HEAD, OPTIONS"). */
  optionsAllow?: string;
  /** Methods other than GET/HEAD/OPTIONS answered 204 (e.g. a PUT that works) instead of 405. */
  acceptOthers?: boolean;
  /** Connection: close on every response (and the lab closes). */
  close?: boolean;
}

const LAST_MODIFIED = 'Tue, 01 Sep 2026 10:00:00 GMT';
const ALLOW = 'GET, HEAD, OPTIONS';

/** About 2.4 KiB of JSON: compressible, and over the 1 KiB where compression pays. */
export const PROBE_BODY = `${JSON.stringify(
  { items: Array.from({ length: 24 }, (_, i) => ({ id: i + 1, name: `widget ${i + 1}`, price: 10 + i, tags: ['blue', 'small'] })) },
  null,
  1,
)}\n`;

function head(status: number, headers: Array<[string, string]>): string {
  return `HTTP/1.1 ${status} ${reasonOf(status)}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
}

function requestHeader(req: LabRequest, name: string): string | undefined {
  return req.headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function codingFor(req: LabRequest, defects: ProbeDefects): 'identity' | 'gzip' | 'br' {
  if (defects.neverCompress) return 'identity';
  const header = requestHeader(req, 'accept-encoding');
  if (defects.alwaysGzip && header !== undefined) return 'gzip';
  const accepted = (requestHeader(req, 'accept-encoding') ?? '').toLowerCase().split(',').map((c) => c.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

export function probeResource(req: LabRequest, defects: ProbeDefects = {}): Step[] {
  const connection: Array<[string, string]> = defects.close ? [['Connection', 'close']] : [];
  const base: Array<[string, string]> = [['Date', httpDate()], ...connection];
  const allow = defects.optionsAllow ?? ALLOW;
  if (req.method === 'OPTIONS') {
    if (defects.refuseOptions) return [head(405, [...base, ['Allow', 'GET, HEAD'], ['Content-Length', '0']])];
    return [head(204, [...base, ['Allow', allow]])];
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (defects.acceptOthers) return [head(204, [...base, ['Cache-Control', 'no-store']])];
    return [head(405, [...base, ['Allow', ALLOW], ['Content-Length', '0']])];
  }

  const coding = codingFor(req, defects);
  const plain = Buffer.from(PROBE_BODY);
  const bytes =
    coding === 'gzip' ? gzipSync(defects.gzipOtherContent ? Buffer.from(PROBE_BODY.replace('widget 1', 'gadget 1')) : plain) : coding === 'br' ? brotliCompressSync(plain) : plain;
  const etag = coding === 'identity' || defects.sameStrongEtag ? '"v1"' : `"v1-${coding}"`;
  const representation: Array<[string, string]> = [
    ['Cache-Control', 'max-age=60'],
    ['ETag', etag],
    ['Last-Modified', LAST_MODIFIED],
    ...(defects.noVary ? [] : ([['Vary', 'Accept-Encoding']] as Array<[string, string]>)),
  ];
  const typed: Array<[string, string]> = [['Content-Type', 'application/json'], ...(coding === 'identity' ? [] : ([['Content-Encoding', coding]] as Array<[string, string]>))];
  const send = (status: number, headers: Array<[string, string]>, body: Buffer): Step[] =>
    req.method === 'HEAD' ? [head(status, headers)] : [Buffer.concat([Buffer.from(head(status, headers), 'latin1'), body])];

  const inm = requestHeader(req, 'if-none-match');
  const ims = requestHeader(req, 'if-modified-since');
  const notModified = inm !== undefined ? !defects.ignoreIfNoneMatch && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag) : ims !== undefined && !defects.ignoreIfModifiedSince && Date.parse(ims) >= Date.parse(LAST_MODIFIED);
  if (notModified) {
    const dropped = new Set((defects.dropOn304 ?? []).map((n) => n.toLowerCase()));
    const kept = representation.filter(([n]) => !dropped.has(n.toLowerCase())).map(([n, v]): [string, string] => [n, n === 'ETag' && defects.etagOn304 ? defects.etagOn304 : v]);
    return [head(304, [...base, ...kept])];
  }

  const ranges: Array<[string, string]> = [['Accept-Ranges', 'bytes']];
  const range = requestHeader(req, 'range');
  if (range !== undefined && req.method === 'GET' && !defects.ignoreRange) {
    const length = bytes.length;
    const complete = defects.wrongCompleteLength ? length + 1 : length;
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (m && (m[1] !== '' || m[2] !== '')) {
      const first = m[1] === '' ? Math.max(0, length - Number(m[2])) : Number(m[1]);
      const last = m[1] === '' ? length - 1 : Math.min(m[2] === '' ? length - 1 : Number(m[2]), length - 1);
      if (first >= length) {
        if (defects.wholeBodyPastEnd) return send(200, [...base, ...representation, ...ranges, ...typed, ['Content-Length', String(length)]], bytes);
        return [head(416, [...base, ['Content-Range', `bytes */${complete}`], ['Content-Length', '0']])];
      }
      const shift = defects.shiftRange ? 1 : 0;
      const slice = bytes.subarray(first + shift, last + 1 + shift);
      const dropped = new Set((defects.dropOn206 ?? []).map((n) => n.toLowerCase()));
      const kept = representation.filter(([n]) => !dropped.has(n.toLowerCase()));
      return send(206, [...base, ...kept, ...ranges, ...typed, ['Content-Range', `bytes ${first}-${last}/${complete}`], ['Content-Length', String(slice.length)]], slice);
    }
  }
  const length = req.method === 'HEAD' && defects.headContentLength ? defects.headContentLength : String(bytes.length);
  return send(200, [...base, ...representation, ...ranges, ...typed, ['Content-Length', length]], bytes);
}
