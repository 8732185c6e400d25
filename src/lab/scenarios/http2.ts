// The lab's HTTP/2 scenarios: one per http2 rule, the framing rules on HTTP/2, and well-behaved responses
// that must stay clean. Written as raw frames with our own encoder.
import { Setting } from '../../http2/constants';
import { continuation, data, encodeFrame, goaway, headers, rstStream, serverSettings, settingsAck, type Field } from '../h2/frames';
import { response, type Scenario } from '../scenario';

/** The fields every clean response carries, so only the rule a scenario is about fires. */
function base(status: string, extra: Field[] = [], body?: string): Field[] {
  const fields: Field[] = [[':status', status], ['date', new Date().toUTCString()], ['cache-control', 'no-store']];
  if (body !== undefined) fields.push(['content-type', 'text/plain; charset=utf-8'], ['content-length', String(Buffer.byteLength(body))]);
  return [...fields, ...extra];
}

const preface = () => [serverSettings(), settingsAck()];

/** A complete response: preface, HEADERS, DATA. */
function respond(status: string, body: string, extra: Field[] = []): Buffer[] {
  return [...preface(), headers(base(status, extra, body)), data(body)];
}

type Frames = NonNullable<Scenario['frames']>;

/** An HTTP/2 scenario; over HTTP/1.1 it answers with a note on how to reach it. */
const scenario = (name: string, description: string, expect: string[], frames: Frames, request?: Scenario['request']): Scenario => ({
  name: `h2-${name}`,
  description: `HTTP/2: ${description}`,
  expect,
  protocol: 'h2c',
  frames,
  respond: () => [
    response(421, [['Content-Type', 'text/plain; charset=utf-8']], `h2-${name} is an HTTP/2 scenario: inspect it with --http2-prior-knowledge on the lab's h2c port (or --http2 with lab --tls)\n`),
  ],
  ...(request ? { request } : {}),
});

export const http2Scenarios: Scenario[] = [
  scenario('ok', 'a well-behaved HTTP/2 response', [], () => respond('200', 'hello over h2\n')),
  scenario('ok-split', 'well-behaved: header block over HEADERS + CONTINUATION, padded DATA, Huffman and indexing', [], () => {
    const body = 'padded';
    const padded = Buffer.concat([Buffer.from([4]), Buffer.from(body), Buffer.alloc(4)]);
    return [
      ...preface(),
      headers([[':status', '200'], { name: 'date', value: new Date().toUTCString(), representation: 'literal-with-indexing' }], { endHeaders: false }),
      continuation([{ name: 'cache-control', value: 'no-store', huffman: true }, ['content-type', 'text/plain; charset=utf-8'], ['content-length', String(body.length)]]),
      encodeFrame(0, 0x09, 1, padded),
    ];
  }),
  scenario('ok-trailers', 'well-behaved: DATA then trailers with END_STREAM', [], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8']])), data('body', { endStream: false }), headers([['x-checksum', 'abc']], { endStream: true })]),
  scenario('ok-103', 'well-behaved: 103 Early Hints, then the response', [], () => [...preface(), headers([[':status', '103'], ['link', '</style.css>; rel=preload; as=style']]), headers(base('204'), { endStream: true })]),
  scenario('ok-rst-no-error', 'well-behaved: a complete response, then RST_STREAM(NO_ERROR) (RFC 9113 §8.1)', [], () => [...respond('200', 'done\n'), rstStream(1, 0)]),
  scenario('ok-ping', 'well-behaved: the server PINGs mid-response and gets its ACK', [], () => [...preface(), encodeFrame(6, 0, 0, Buffer.from('lab-ping')), headers(base('204'), { endStream: true })]),

  scenario('connection-specific-header', 'a "connection: close" field (nginx add_header Connection)', ['http2/connection-specific-header'], () => respond('200', 'x\n', [['connection', 'close']])),
  scenario('transfer-encoding', 'a "transfer-encoding: chunked" field on HTTP/2', ['http2/connection-specific-header'], () => respond('200', 'x\n', [['transfer-encoding', 'chunked']])),
  scenario('uppercase-header-name', 'a field named "Content-Type" (uppercase) on HTTP/2', ['http2/uppercase-header-name'], () => [...preface(), headers([...base('200'), ['Content-Type', 'text/plain; charset=utf-8'], ['content-length', '2']]), data('x\n')]),
  scenario('invalid-header-name', 'a field name with a space', ['http2/invalid-header-name'], () => respond('200', 'x\n', [['x bad', '1']])),
  scenario('invalid-header-value', 'a field value with CR LF', ['http2/invalid-header-value'], () => respond('200', 'x\n', [['x-note', 'one\r\nx-injected: two']])),
  scenario('missing-status', 'a response HEADERS without :status', ['http2/missing-status'], () => [...preface(), headers([['date', new Date().toUTCString()], ['cache-control', 'no-store']], { endStream: true })]),
  scenario('invalid-status', ':status "200 OK"', ['http2/invalid-status'], () => [...preface(), headers([[':status', '200 OK'], ['date', new Date().toUTCString()]], { endStream: true })]),
  scenario('invalid-pseudo-header', 'a :path pseudo-header in a response', ['http2/invalid-pseudo-header'], () => [...preface(), headers([[':status', '204'], [':path', '/'], ['date', new Date().toUTCString()], ['cache-control', 'no-store']], { endStream: true })]),
  scenario('pseudo-header-in-trailers', ':status in the trailers', ['http2/pseudo-header-in-trailers'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8']])), data('x', { endStream: false }), headers([[':status', '200']], { endStream: true })]),
  scenario('trailers-without-end-stream', 'trailers, then an empty DATA with END_STREAM', ['http2/trailers-without-end-stream'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8']])), data('x', { endStream: false }), headers([['x-checksum', 'abc']]), data('')]),
  scenario('frame-after-end-stream', 'a 204 ends the stream, then DATA arrives', ['http2/frame-after-end-stream', 'framing/body-on-204'], () => [...preface(), headers(base('204'), { endStream: true }), data('late')]),
  scenario('unexpected-headers', 'a second response HEADERS after the first', ['http2/unexpected-headers'], () => [...preface(), headers(base('204')), headers([[':status', '500']]), data('')]),
  scenario('interim-with-end-stream', 'a 103 with END_STREAM: no final response', ['http2/interim-with-end-stream'], () => [...preface(), headers([[':status', '103'], ['link', '</a.css>; rel=preload; as=style']], { endStream: true })]),
  scenario('status-101', ':status 101 over HTTP/2', ['http2/status-101'], () => [...preface(), headers(base('101'), { endStream: true })]),
  scenario('stream-reset', 'RST_STREAM(INTERNAL_ERROR) in the middle of the body', ['http2/stream-reset'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8']])), data('partial', { endStream: false }), rstStream(1, 2)]),
  scenario('goaway-error', 'GOAWAY(PROTOCOL_ERROR) instead of a response', ['http2/goaway-error'], () => [...preface(), goaway(0, 1, Buffer.from('lab says no'))]),
  scenario('hpack-error', 'a header block with index 0 (COMPRESSION_ERROR)', ['http2/hpack-error'], () => [...preface(), encodeFrame(1, 0x05, 1, Buffer.from([0x80]))]),
  scenario('malformed-frame', 'a PING frame of 4 bytes (FRAME_SIZE_ERROR)', ['http2/malformed-frame'], () => [...preface(), encodeFrame(6, 0, 0, Buffer.alloc(4))]),
  scenario('settings-invalid', 'SETTINGS_ENABLE_PUSH = 1 from the server', ['http2/settings-invalid'], () => [serverSettings([[Setting.ENABLE_PUSH, 1]]), settingsAck(), headers(base('204'), { endStream: true })]),
  scenario('push-when-disabled', 'a PUSH_PROMISE although the client disabled push', ['http2/push-when-disabled'], () => [...preface(), encodeFrame(5, 0x04, 1, Buffer.from([0, 0, 0, 2, 0x82, 0x84])), headers(base('204'), { endStream: true })]),
  scenario('flow-control-violation', 'a WINDOW_UPDATE with increment 0', ['http2/flow-control-violation'], () => [...preface(), encodeFrame(8, 0, 0, Buffer.alloc(4)), headers(base('204'), { endStream: true })]),
  scenario('frame-flood', '1100 PING frames (a control-frame flood)', ['http2/frame-flood'], () => [...preface(), ...Array.from({ length: 1100 }, () => encodeFrame(6, 0, 0, Buffer.alloc(8)))]),
  scenario('continuation-flood', 'a header block in 100 empty CONTINUATION frames', ['http2/frame-flood'], () => [...preface(), headers([[':status', '200']], { endHeaders: false }), ...Array.from({ length: 100 }, () => encodeFrame(9, 0, 1))]),
  scenario('not-http2', 'an HTTP/1.1 answer on an HTTP/2 connection', ['http2/not-http2'], () => [Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 'latin1')]),

  {
    ...scenario('protocol-mismatch', 'a different header and body over HTTP/1.1 and HTTP/2 (inspected with --compare-protocols)', ['http2/protocol-mismatch'], () => respond('200', 'v2\n', [['x-backend', 'b']])),
    compare: true,
    respond: () => [response(200, [['Content-Type', 'text/plain; charset=utf-8'], ['X-Backend', 'a']], 'v1\n')],
  },
  scenario('body-on-204', 'a 204 with a DATA frame', ['framing/body-on-204'], () => [...preface(), headers(base('204')), data('oops')]),
  scenario('body-on-205', 'a 205 with a DATA frame', ['framing/body-on-205', 'content/content-type-without-body'], () => [...preface(), headers(base('205', [['content-type', 'text/plain; charset=utf-8']])), data('reset\n')]),
  scenario('body-on-304', 'a 304 with a DATA frame', ['framing/body-on-304'], () => [...preface(), headers(base('304', [['etag', '"v1"']])), data('oops')], {
    // A 304 answers a conditional request (status/304-without-precondition), as in the HTTP/1.1 scenario.
    headers: [['If-None-Match', '"v1"']],
  }),
  scenario('body-on-head', 'DATA in answer to HEAD', ['framing/body-on-head'], () => [...preface(), headers(base('200', [], 'hello\n')), data('hello\n')], { method: 'HEAD' }),
  scenario('content-length-on-204', 'a 204 with content-length: 7', ['framing/content-length-on-204'], () => [...preface(), headers(base('204', [['content-length', '7']]), { endStream: true })]),
  scenario('content-length-mismatch', 'content-length: 10 but 5 bytes of DATA', ['framing/content-length-mismatch'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8'], ['content-length', '10']])), data('short')]),
  scenario('invalid-content-length', 'content-length: abc', ['framing/invalid-content-length'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8'], ['content-length', 'abc']])), data('abc')]),
  scenario('conflicting-content-length', 'two different content-length fields', ['framing/conflicting-content-length'], () => [...preface(), headers(base('200', [['content-type', 'text/plain; charset=utf-8'], ['content-length', '3'], ['content-length', '4']])), data('abc')]),
  scenario('framing-header-on-1xx', 'content-length on a 103', ['framing/framing-header-on-1xx'], () => [...preface(), headers([[':status', '103'], ['content-length', '0']]), headers(base('204'), { endStream: true })]),
  scenario('unexpected-1xx', 'a 100 Continue the request did not ask for', ['framing/unexpected-1xx'], () => [...preface(), headers([[':status', '100']]), headers(base('204'), { endStream: true })]),
];
