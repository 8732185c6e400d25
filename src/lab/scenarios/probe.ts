// Probe scenarios: one resource that answers every follow-up probe correctly (probe-ok), and the same resource
// with one defect per probe rule. `httpinspect demo` inspects each with `--probe all`; every other probe passes.
import { probeResource, type ProbeDefects } from '../probeResource';
import { httpDate, response, type Scenario } from '../scenario';

const ALL = ['all'];

function probed(name: string, description: string, expect: string[], defects: ProbeDefects, extra: Partial<Scenario> = {}): Scenario {
  return { name, description, expect, probe: ALL, keepAlive: !defects.close, respond: (req) => probeResource(req, defects), ...extra };
}

export const probeScenarios: Scenario[] = [
  probed('probe-ok', 'answers every probe correctly: 304s, byte ranges, 416, gzip and br with Vary, HEAD, OPTIONS, keep-alive', [], {}),
  probed('probe-etag-not-honored', 'answers 200 with the full body to If-None-Match with its current ETag', ['probe/etag-not-honored'], { ignoreIfNoneMatch: true }),
  probed('probe-last-modified-not-honored', 'answers 200 to If-Modified-Since equal to its Last-Modified', ['probe/last-modified-not-honored'], { ignoreIfModifiedSince: true }),
  probed('probe-304-missing-headers', 'a 304 that drops the Cache-Control the 200 carried', ['probe/304-missing-headers'], { dropOn304: ['Cache-Control'] }),
  probed('probe-304-changed-validator', 'a 304 that carries another ETag than the 200 it validates', ['probe/304-changed-validator'], { etagOn304: '"v2"' }),
  probed('probe-range-ignored', 'Accept-Ranges: bytes, but every Range gets the whole body; a range past the end too', ['probe/range-ignored', 'probe/unsatisfiable-range'], { ignoreRange: true }),
  // Shifting the last bytes of the range by one also leaves the 206 one byte short of its own Content-Range.
  probed('probe-range-incorrect', 'a 206 whose body is one byte off the range Content-Range names', ['probe/range-incorrect', 'range/content-range-length-mismatch'], { shiftRange: true }),
  probed('probe-range-wrong-length', 'Content-Range names a complete length one byte too long (206 and 416)', ['probe/range-wrong-length'], { wrongCompleteLength: true }),
  probed('probe-206-missing-headers', 'a 206 that drops the Vary the 200 carried', ['probe/206-missing-headers'], { dropOn206: ['Vary'] }),
  probed('probe-unsatisfiable-range', 'serves ranges, but a range past the end gets 200 and the whole body instead of 416', ['probe/unsatisfiable-range'], { wholeBodyPastEnd: true }),
  probed('probe-encoding-without-vary', 'gzip and br for who asks, identity otherwise, and Vary nowhere', ['probe/encoding-without-vary', 'content/encoding-without-vary'], { noVary: true }),
  probed('probe-encoding-changes-content', 'the gzip body decodes to other content than the identity body', ['probe/encoding-changes-content'], { gzipOtherContent: true }),
  probed('probe-encoding-same-strong-etag', 'gzip, br and identity responses share one strong ETag', ['probe/encoding-same-strong-etag'], { sameStrongEtag: true }),
  probed('probe-encoding-not-offered', '2.4 KiB of JSON, never compressed whatever Accept-Encoding says', ['probe/encoding-not-offered'], { neverCompress: true }),
  probed('probe-encoding-not-requested', 'gzip to any Accept-Encoding, identity and br included (identity only without Accept-Encoding)', ['probe/encoding-not-requested'], { alwaysGzip: true }),
  probed('probe-head-get-mismatch', 'HEAD says Content-Length: 9999; GET sends the real length', ['probe/head-get-mismatch'], { headContentLength: '9999' }),
  probed('probe-allow-inconsistent', 'a PUT is answered 204, but OPTIONS says Allow: GET, HEAD, OPTIONS', ['probe/allow-inconsistent'], { acceptOthers: true }, { request: { method: 'PUT', body: '{"name":"widget"}', headers: [['Content-Type', 'application/json']] } }),
  probed('probe-options-not-supported', 'OPTIONS is refused with 405 (Allow: GET, HEAD)', ['probe/options-not-supported'], { refuseOptions: true }),
  probed('probe-keep-alive-refused', 'Connection: close on every response', ['probe/keep-alive-refused'], { close: true }),
  {
    name: 'probe-connection-reuse-desync',
    description: 'a 204 with a 5-byte body on a kept-alive connection: the next response starts with "oops\\n"',
    expect: ['framing/body-on-204', 'framing/invalid-status-line', 'probe/connection-reuse-desync'],
    probe: ALL,
    keepAlive: true,
    respond: (req) => {
      if (req.method === 'OPTIONS') return [response(204, [['Allow', 'GET, HEAD, OPTIONS']])];
      const head = response(204, [['Date', httpDate()], ['Cache-Control', 'no-store']]);
      return req.method === 'HEAD' ? [head] : [`${head}oops\n`];
    },
  },
];
