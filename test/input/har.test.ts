import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/options/usage';
import { contentOf, headerNamed, headersNamed } from '../../src/exchange';
import { decodedContentOf } from '../../src/http/content';
import { notEvaluatedRules, runRules } from '../../src/engine/run';
import { exchangesFromHar, httpVersionOf } from '../../src/input/har';
import { allRules } from '../../rules/index';

const chrome = readFileSync(new URL('../fixtures/har/chrome-sanitized.har', import.meta.url), 'utf8');

function minimalHar(entry: Record<string, unknown> = {}, response: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    log: {
      version: '1.2',
      creator: { name: 't', version: '1' },
      entries: [
        {
          startedDateTime: '2024-05-01T10:00:00.000Z',
          time: 3,
          request: { method: 'GET', url: 'http://h.test/a', httpVersion: 'HTTP/1.1', cookies: [], headers: [], queryString: [], headersSize: -1, bodySize: 0 },
          response: {
            status: 200,
            statusText: 'OK',
            httpVersion: 'HTTP/1.1',
            cookies: [],
            headers: [{ name: 'Content-Type', value: 'text/plain; charset=utf-8' }],
            content: { size: 2, mimeType: 'text/plain', text: 'hi' },
            redirectURL: '',
            headersSize: -1,
            bodySize: 2,
            ...response,
          },
          cache: {},
          timings: { send: 1, wait: 1, receive: 1 },
          ...entry,
        },
      ],
    },
  };
}

const fired = (exchanges: ReturnType<typeof exchangesFromHar>['exchanges'], index: number) =>
  runRules(exchanges, allRules, { settings: new Map(), maxBody: 1 << 20 })[index]!.map((f) => f.ruleId);

describe('exchangesFromHar: a Chrome HAR (HTTP/2, sanitized, binary body, blocked request)', () => {
  const { exchanges, warnings } = exchangesFromHar(chrome, { label: 'chrome.har' });

  it('builds one exchange per entry, marked as coming from a HAR', () => {
    expect(exchanges).toHaveLength(4);
    expect(exchanges.every((e) => e.source === 'har')).toBe(true);
    expect(exchanges[0]!.url).toBe('https://api.example.test/users?page=2');
    expect(exchanges[0]!.target).toEqual({ scheme: 'https', host: 'api.example.test', port: 443, remoteAddress: '2001:db8::1' });
    expect(exchanges[0]!.startedAt).toBe(Date.parse('2024-05-01T10:00:00.100Z'));
  });

  it('drops HTTP/2 pseudo-headers and keeps the others in order', () => {
    const ex = exchanges[0]!;
    expect(ex.request.headers.map((h) => h.name)).toEqual(['accept', 'origin']);
    expect(ex.request.target).toBe('/users?page=2');
    expect(ex.response?.httpVersion).toBe('2.0');
    expect(ex.response?.headers.map((h) => h.name)).toEqual(['access-control-allow-origin', 'content-encoding', 'content-type', 'date', 'cache-control']);
    // Offsets point into the synthesized bytes.
    const h = ex.request.headers[1]!;
    expect(ex.sent.toString('latin1', h.offset, h.offset + h.raw.length)).toBe('origin: https://app.example.test');
  });

  it('re-applies the declared gzip coding so content rules judge the decoded body the browser saw', () => {
    const ex = exchanges[0]!;
    const decoded = decodedContentOf(ex, 1 << 20);
    expect(decoded.ok && decoded.bytes.toString()).toBe('{"users":[{"id":1}],"next":');
    const ids = fired(exchanges, 0);
    expect(ids).toContain('content/invalid-json');
    // Its Cache-Control is no-store: no cache stores it, so a missing Vary: Accept-Encoding is not a finding.
    expect(ids).not.toContain('content/encoding-without-vary');
    expect(ids.filter((id) => id.startsWith('framing/'))).toEqual([]);
  });

  it('decodes base64 bodies byte for byte', () => {
    const png = contentOf(exchanges[1]!);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBe(14);
  });

  it('maps HAR timings onto phase durations (ssl is inside connect in HAR)', () => {
    expect(exchanges[1]!.timings).toEqual({ dns: 2, connect: 2, tls: 3, requestSent: 8.5, ttfb: 10, complete: 10.5, total: 10.5 });
    expect(exchanges[2]!.timings.dns).toBeUndefined();
  });

  it('marks wire, credentials and missing bodies as unavailable, and says so', () => {
    expect(exchanges[0]!.unavailable).toEqual(['wire', 'credentials']);
    expect(exchanges[2]!.unavailable).toEqual(['wire', 'credentials', 'body']);
    expect(warnings).toEqual([
      '3 of 4 HAR entries carry no Cookie or Authorization header (browsers remove them when exporting a sanitized HAR): CORS rules that depend on credentials are not evaluated for them',
      '1 HAR entry has no saved response body: body rules are not evaluated for them',
      '1 HAR entry has no response (status 0: blocked, failed or cancelled in the browser)',
    ]);
  });

  it('lists not-evaluated rules per exchange, and never runs them', () => {
    const skipped = notEvaluatedRules(exchanges[2]!, allRules);
    for (const id of ['framing/body-on-204', 'content/invalid-content-encoding', 'content/missing-content-type', 'status/error-in-200-body', 'cors/missing-allow-credentials']) {
      expect(skipped).toContain(id);
    }
    expect(skipped).not.toContain('cache/missing-cache-control');
    // A body-less entry must not be judged as having an empty body.
    expect(fired(exchanges, 2).some((id) => skipped.includes(id))).toBe(false);
    expect(notEvaluatedRules(exchanges[2]!, allRules, new Map([['framing/body-on-204', 'off']]))).not.toContain('framing/body-on-204');
  });

  it('turns a status-0 entry into an exchange without a response, with the browser error', () => {
    const ex = exchanges[3]!;
    expect(ex.response).toBeUndefined();
    expect(ex.error).toEqual({ code: 'HAR_NO_RESPONSE', message: 'the browser recorded no response (net::ERR_BLOCKED_BY_CLIENT)' });
    expect(ex.request.method).toBe('POST');
    expect(ex.sent.toString('latin1').endsWith('\r\n\r\nevent=1')).toBe(true);
    expect(ex.request.bodySize).toBe(7);
  });
});

describe('exchangesFromHar: details', () => {
  it('splits Set-Cookie values joined with newlines back into header lines', () => {
    const har = minimalHar({}, { headers: [{ name: 'Set-Cookie', value: 'a=1; Path=/\nb=2; Secure' }] });
    const ex = exchangesFromHar(JSON.stringify(har)).exchanges[0]!;
    expect(headersNamed(ex.response!.headers, 'set-cookie').map((h) => h.value)).toEqual(['a=1; Path=/', 'b=2; Secure']);
  });

  it('evaluates credential rules when the request shows its Cookie header', () => {
    const har = minimalHar({ request: { method: 'GET', url: 'http://h.test/', httpVersion: 'HTTP/1.1', cookies: [], headers: [{ name: 'Cookie', value: 's=1' }], queryString: [], headersSize: -1, bodySize: 0 } });
    expect(exchangesFromHar(JSON.stringify(har)).exchanges[0]!.unavailable).toEqual(['wire']);
  });

  it('gives no body to HEAD, 204 and 304 entries even when the HAR holds cached content', () => {
    const har = minimalHar({}, { status: 304, statusText: 'Not Modified', content: { size: 2, mimeType: 'text/plain', text: 'hi' } });
    const ex = exchangesFromHar(JSON.stringify(har)).exchanges[0]!;
    expect(ex.response?.framing.kind).toBe('none');
    expect(ex.response?.contentLength).toBe(0);
    expect(ex.unavailable).not.toContain('body');
  });

  it('keeps unknown content codings as recorded (decoding rules then skip)', () => {
    const har = minimalHar({}, { headers: [{ name: 'Content-Encoding', value: 'zstd' }] });
    const ex = exchangesFromHar(JSON.stringify(har)).exchanges[0]!;
    expect(contentOf(ex).toString()).toBe('hi');
    expect(headerNamed(ex.response!.headers, 'content-encoding')?.value).toBe('zstd');
  });

  it('reads HTTP versions as HAR writers spell them', () => {
    expect(['HTTP/1.1', 'http/1.0', 'h2', 'HTTP/2', 'http/2.0', 'h3', '', 'unknown'].map(httpVersionOf)).toEqual(['1.1', '1.0', '2.0', '2.0', '2.0', '3.0', '1.1', '1.1']);
  });

  it('accepts a UTF-8 BOM', () => {
    expect(exchangesFromHar(`\ufeff${JSON.stringify(minimalHar())}`).exchanges).toHaveLength(1);
  });
});

describe('exchangesFromHar: errors name the JSON path', () => {
  const cases: Array<[string, unknown, string]> = [
    ['not JSON', '{"log": ', 'x.har: not valid JSON ('],
    ['no log', {}, 'x.har: log is missing'],
    ['entries not an array', { log: { version: '1.2', creator: { name: 'a', version: '1' }, entries: {} } }, 'x.har: log.entries is not an array (it is an object)'],
    ['wrong version', { log: { version: '2.0', creator: { name: 'a', version: '1' }, entries: [] } }, 'x.har: log.version is "2.0": httpinspect reads HAR 1.x'],
    ['status a string', minimalHar({}, { status: '200' }), 'x.har: log.entries[0].response.status is not a number (it is a string)'],
    ['header value missing', minimalHar({}, { headers: [{ name: 'A' }] }), 'x.har: log.entries[0].response.headers[0].value is missing'],
    ['bad date', minimalHar({ startedDateTime: 'yesterday' }), 'x.har: log.entries[0].startedDateTime is not an ISO 8601 date ("yesterday")'],
    ['timings.wait missing', minimalHar({ timings: { send: 1, receive: 1 } }), 'x.har: log.entries[0].timings.wait is missing'],
    ['unknown encoding', minimalHar({}, { content: { size: 1, mimeType: '', text: 'x', encoding: 'hex' } }), 'x.har: log.entries[0].response.content.encoding is "hex": only "base64" is known'],
    ['relative URL', minimalHar({ request: { method: 'GET', url: '/a', httpVersion: '', headers: [] } }), 'x.har: log.entries[0].request.url is not an absolute URL ("/a")'],
  ];
  for (const [name, input, message] of cases) {
    it(name, () => {
      const text = typeof input === 'string' ? input : JSON.stringify(input);
      let error: unknown;
      try {
        exchangesFromHar(text, { label: 'x.har' });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message.startsWith(message)).toBe(true);
    });
  }
});
