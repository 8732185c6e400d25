import { chunked, httpDate, response, type Scenario } from '../scenario';

const TEXT: [string, string] = ['Content-Type', 'text/plain; charset=utf-8'];

/** The baseline head lines, written by hand for scenarios whose head is deliberately malformed. */
function baselineLines(): string {
  return `Date: ${httpDate()}\r\nCache-Control: no-store\r\n`;
}

export const framingScenarios: Scenario[] = [
  // --- one scenario per rule -----------------------------------------------------------------------------
  {
    name: 'body-on-204',
    description: 'a 204 followed by five bytes of body',
    request: { method: 'DELETE' },
    expect: ['framing/body-on-204'],
    respond: () => [response(204), 'hello'],
  },
  {
    name: 'body-on-204-late',
    description: 'a 204 whose stray body arrives 50 ms after the headers',
    request: { method: 'DELETE' },
    expect: ['framing/body-on-204'],
    respond: () => [response(204), { wait: 50 }, 'hello'],
  },
  {
    name: 'content-length-on-204',
    description: 'a 204 that declares Content-Length: 5 but sends no body',
    request: { method: 'DELETE' },
    expect: ['framing/content-length-on-204'],
    respond: () => [response(204, [['Content-Length', '5']])],
  },
  {
    name: 'content-length-zero-on-204',
    description: 'a 204 with Content-Length: 0 (the milder, warning variant)',
    request: { method: 'DELETE' },
    expect: ['framing/content-length-on-204'],
    respond: () => [response(204, [['Content-Length', '0']])],
  },
  {
    name: 'transfer-encoding-on-204',
    description: 'a 204 that carries Transfer-Encoding: chunked (and, correctly, no body)',
    request: { method: 'DELETE' },
    expect: ['framing/transfer-encoding-on-204'],
    respond: () => [response(204, [['Transfer-Encoding', 'chunked']])],
  },
  {
    name: 'framing-header-on-1xx',
    description: 'a 103 Early Hints carrying Content-Length: 0, then a correct 200',
    expect: ['framing/framing-header-on-1xx'],
    respond: () => [
      'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\nContent-Length: 0\r\n\r\n',
      response(200, [TEXT], 'hello\n'),
    ],
  },
  {
    name: 'body-on-304',
    description: 'a 304 Not Modified followed by the full body it should have left out',
    request: { headers: [['If-None-Match', '"v1"']] },
    expect: ['framing/body-on-304'],
    respond: () => [response(304, [['ETag', '"v1"']]), 'hello\n'],
  },
  {
    name: 'body-on-head',
    description: 'a response to HEAD that sends the body after its headers',
    request: { method: 'HEAD' },
    expect: ['framing/body-on-head'],
    respond: () => [response(200, [TEXT, ['Content-Length', '6']]), 'hello\n'],
  },
  {
    name: 'body-on-205',
    description: 'a 205 Reset Content with six bytes of content',
    request: { method: 'POST', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'name=x' },
    // A 205 with content is also reported by content/content-type-without-body (Content-Type on a 205),
    // or, without Content-Type, by content/missing-content-type: one of the two always fires with it.
    expect: ['framing/body-on-205', 'content/content-type-without-body'],
    respond: () => [response(205, [TEXT], 'reset\n')],
  },
  {
    name: 'content-length-mismatch',
    description: 'Content-Length: 100 but only 10 bytes before the server closes',
    expect: ['framing/content-length-mismatch'],
    respond: () => [response(200, [TEXT, ['Content-Length', '100']]), 'truncated\n'],
  },
  {
    name: 'content-length-mismatch-long',
    description: 'Content-Length: 6 followed by 12 bytes of body',
    expect: ['framing/content-length-mismatch'],
    respond: () => [response(200, [TEXT, ['Content-Length', '6']]), 'hello\nworld\n'],
  },
  {
    name: 'content-length-with-transfer-encoding',
    description: 'a chunked response that also carries Content-Length',
    expect: ['framing/content-length-with-transfer-encoding'],
    respond: () => {
      const body = chunked('hello\n');
      return [response(200, [TEXT, ['Content-Length', String(body.length)], ['Transfer-Encoding', 'chunked']], body)];
    },
  },
  {
    name: 'conflicting-content-length',
    description: 'two Content-Length lines that differ (6 and 12)',
    expect: ['framing/conflicting-content-length'],
    respond: () => [response(200, [TEXT, ['Content-Length', '6'], ['Content-Length', '12']], 'hello\n')],
  },
  {
    name: 'duplicate-content-length',
    description: 'Content-Length sent as a list of the same value: "6, 6"',
    expect: ['framing/duplicate-content-length'],
    respond: () => [response(200, [TEXT, ['Content-Length', '6, 6']], 'hello\n')],
  },
  {
    name: 'invalid-content-length',
    description: 'Content-Length: 6 bytes (a unit after the number)',
    expect: ['framing/invalid-content-length'],
    respond: () => [response(200, [TEXT, ['Content-Length', '6 bytes']], 'hello\n')],
  },
  {
    name: 'invalid-chunked-encoding',
    description: 'a chunked body whose first chunk-size line is not hexadecimal',
    expect: ['framing/invalid-chunked-encoding'],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked']], 'six\r\nhello\n\r\n0\r\n\r\n')],
  },
  {
    name: 'invalid-chunked-encoding-truncated',
    description: 'a chunked body cut off before the terminating zero-size chunk',
    expect: ['framing/invalid-chunked-encoding'],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked']], '6\r\nhello\n\r\n')],
  },
  {
    name: 'chunked-not-last',
    description: 'Transfer-Encoding: gzip without chunked: the body ends only at close',
    expect: ['framing/chunked-not-last'],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'gzip']]), process.getBuiltinModule('node:zlib').gzipSync(Buffer.from('hello\n'))],
  },
  {
    name: 'invalid-transfer-encoding',
    description: 'Transfer-Encoding: chunked, chunked (chunked applied twice) over a body chunked once',
    expect: ['framing/invalid-transfer-encoding'],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked, chunked']], chunked('hello\n'))],
  },
  {
    name: 'transfer-encoding-in-http10',
    description: 'an HTTP/1.0 response with a chunked body',
    expect: ['framing/transfer-encoding-in-http10'],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked']], chunked('hello\n')).replace(/^HTTP\/1\.1/, 'HTTP/1.0')],
  },
  {
    name: 'close-delimited',
    description: 'an HTTP/1.1 200 with neither Content-Length nor Transfer-Encoding, ended by close',
    expect: ['framing/close-delimited'],
    respond: () => [response(200, [TEXT], 'hello\n', { contentLength: false })],
  },
  {
    name: 'obs-fold',
    description: 'a header value continued on a folded line',
    expect: ['framing/obs-fold'],
    respond: () => [response(200, [TEXT, ['X-Note', 'first part\r\n  second part']], 'hello\n')],
  },
  {
    name: 'whitespace-before-colon',
    description: 'a header line with a space between name and colon: "X-Note : 1"',
    expect: ['framing/whitespace-before-colon'],
    respond: () => [response(200, [TEXT, ['X-Note ', '1']], 'hello\n')],
  },
  {
    name: 'bare-lf',
    description: 'a response head whose lines all end in LF without CR',
    expect: ['framing/bare-lf'],
    respond: () => [response(200, [TEXT], 'hello\n').replace(/\r\n/g, '\n')],
  },
  {
    name: 'invalid-header-line',
    description: 'a header line without a colon',
    expect: ['framing/invalid-header-line'],
    respond: () => [`HTTP/1.1 200 OK\r\n${baselineLines()}Content-Type: text/plain; charset=utf-8\r\nthis is not a header\r\nContent-Length: 6\r\n\r\nhello\n`],
  },
  {
    name: 'invalid-status-line',
    description: 'a status line without the space after the status code: "HTTP/1.1 200"',
    expect: ['framing/invalid-status-line'],
    respond: () => [response(200, [TEXT], 'hello\n').replace(/^HTTP\/1\.1 200 OK\r\n/, 'HTTP/1.1 200\r\n')],
  },
  {
    name: 'invalid-status-line-not-http',
    description: 'the server answers with an SSH banner instead of HTTP',
    expect: ['framing/invalid-status-line'],
    respond: () => ['SSH-2.0-OpenSSH_9.6\r\n'],
  },
  {
    name: 'unexpected-1xx',
    description: 'a 100 Continue sent to a GET that did not ask for it, then a correct 200',
    expect: ['framing/unexpected-1xx'],
    respond: () => ['HTTP/1.1 100 Continue\r\n\r\n', response(200, [TEXT], 'hello\n')],
  },
  {
    name: 'connection-close-ignored',
    description: 'a correct 200 after which the server keeps the connection open for 1.5 s despite Connection: close',
    expect: ['framing/connection-close-ignored'],
    respond: () => [response(200, [TEXT], 'hello\n'), { hold: 1500 }],
  },
  {
    name: 'incomplete-head',
    description: 'the server closes the connection in the middle of the header section',
    expect: ['framing/incomplete-head'],
    respond: () => [`HTTP/1.1 200 OK\r\n${baselineLines()}`],
  },
  {
    name: 'header-section-too-large',
    description: 'a header section of over 70 KB (beyond the 64 KiB default limit)',
    expect: ['framing/header-section-too-large'],
    respond: () => [response(200, [TEXT, ['X-Filler', 'a'.repeat(70_000)]], 'hello\n')],
  },
  // --- near misses that must stay clean ------------------------------------------------------------------
  {
    name: 'no-content-ok',
    description: 'a correct 204 to DELETE: no Content-Length, no body',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(204)],
  },
  {
    name: 'no-content-close-ok',
    description: 'a correct 204 to DELETE that says Connection: close and closes',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(204, [['Connection', 'close']])],
  },
  {
    name: 'head-with-content-length-ok',
    description: 'a correct response to HEAD: Content-Length: 1234 and no body',
    request: { method: 'HEAD' },
    expect: [],
    respond: () => [response(200, [TEXT, ['Content-Length', '1234']])],
  },
  {
    name: 'not-modified-ok',
    description: 'a correct 304 with ETag and no body',
    request: { headers: [['If-None-Match', '"v1"']] },
    expect: [],
    respond: () => [response(304, [['ETag', '"v1"']])],
  },
  {
    name: 'chunked-ok',
    description: 'a correct chunked 200 in two chunks',
    expect: [],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked']], chunked('hello ', 'world\n'))],
  },
  {
    name: 'chunked-trailers-ok',
    description: 'a correct chunked 200 with a chunk extension and a trailer field',
    expect: [],
    respond: () => [response(200, [TEXT, ['Transfer-Encoding', 'chunked'], ['Trailer', 'X-Checksum']]), '6;ext=1\r\nhello\n\r\n0\r\nX-Checksum: abc\r\n\r\n'],
  },
  {
    name: 'reset-content-ok',
    description: 'a correct 205 to POST: Content-Length: 0 and no content',
    request: { method: 'POST', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'name=x' },
    expect: [],
    respond: () => [response(205, [['Content-Length', '0']])],
  },
  {
    name: 'early-hints-ok',
    description: 'a 103 Early Hints (always allowed, no framing headers) before a correct 200',
    expect: [],
    respond: () => ['HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n', response(200, [TEXT], 'hello\n')],
  },
  {
    name: 'continue-ok',
    description: 'a 100 Continue in answer to Expect: 100-continue, then a correct 200',
    request: { method: 'POST', headers: [['Content-Type', 'application/json'], ['Expect', '100-continue']], body: '{"a":1}' },
    expect: [],
    respond: () => ['HTTP/1.1 100 Continue\r\n\r\n', response(200, [['Content-Type', 'application/json']], '{"ok":true}')],
  },
  {
    name: 'http10-close-ok',
    description: 'an HTTP/1.0 response ended by close (normal for HTTP/1.0)',
    expect: [],
    respond: () => [response(200, [TEXT], 'hello\n', { contentLength: false }).replace(/^HTTP\/1\.1/, 'HTTP/1.0')],
  },
];
