// Every http2/* rule: a case that makes it fire and a near miss that must not (table style).
import { describe, expect, it } from 'vitest';
import { Setting } from '../../../src/http2/constants';
import { data, encodeFrame, goaway, headers, continuation, rstStream, serverSettings, settingsAck } from '../../../src/lab/h2/frames';
import { findingsOf } from '../../helpers/exchange';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import type { Exchange } from '../../../src/exchange';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

type Case = [string, string, () => Exchange, () => Exchange];
const CASES: Case[] = [
  ['http2/connection-specific-header', 'connection: close', () => h2ExchangeOf(ok([['connection', 'close']])), () => h2ExchangeOf(ok([['x-connection', 'close']]))],
  ['http2/connection-specific-header', 'transfer-encoding in trailers', () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['transfer-encoding', 'chunked']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['grpc-status', '0']], { endStream: true })])],
  ['http2/uppercase-header-name', 'Content-Type', () => h2ExchangeOf(ok([['Content-Type', 'text/plain']])), () => h2ExchangeOf(ok([['content-type', 'text/plain']]))],
  ['http2/invalid-header-name', 'space in a name', () => h2ExchangeOf(ok([['x bad', '1']])), () => h2ExchangeOf(ok([['x-good_1.~', '1']]))],
  ['http2/invalid-header-value', 'CR LF in a value', () => h2ExchangeOf(ok([['x-a', 'one\r\nx-b: two']])), () => h2ExchangeOf(ok([['x-a', 'one two']]))],
  ['http2/invalid-header-value', 'trailing space', () => h2ExchangeOf(ok([['x-a', 'one ']])), () => h2ExchangeOf(ok([['x-a', 'o n e']]))],
  ['http2/missing-status', 'no :status', () => h2ExchangeOf([headers([['content-type', 'text/plain']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '204']], { endStream: true })])],
  ['http2/invalid-status', '"200 OK"', () => h2ExchangeOf([headers([[':status', '200 OK']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '599']], { endStream: true })])],
  ['http2/invalid-pseudo-header', ':status after a regular field', () => h2ExchangeOf([headers([['date', 'x'], [':status', '200']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200'], ['date', 'x']], { endStream: true })])],
  ['http2/invalid-pseudo-header', ':path in a response', () => h2ExchangeOf([headers([[':status', '200'], [':path', '/']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200'], ['path', '/']], { endStream: true })])],
  ['http2/invalid-pseudo-header', 'duplicate :status', () => h2ExchangeOf([headers([[':status', '200'], [':status', '200']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200']], { endStream: true })])],
  ['http2/pseudo-header-in-trailers', ':status in trailers', () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([[':status', '200']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']], { endStream: true })])],
  ['http2/trailers-without-end-stream', 'trailers, then END_STREAM on empty DATA', () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']]), data('', { endStream: true })]), () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['x-trailer', '1']], { endStream: true })])],
  ['http2/unexpected-headers', 'a second response', () => h2ExchangeOf([headers([[':status', '200']]), headers([[':status', '500']]), data('', { endStream: true })]), () => h2ExchangeOf([headers([[':status', '103'], ['link', '</a>; rel=preload']]), headers([[':status', '200']]), data('', { endStream: true })])],
  ['http2/frame-after-end-stream', 'DATA after END_STREAM', () => h2ExchangeOf([headers([[':status', '200']], { endStream: true }), data('late')]), () => h2ExchangeOf([headers([[':status', '200']]), data('on time')])],
  ['http2/interim-with-end-stream', '103 with END_STREAM', () => h2ExchangeOf([headers([[':status', '103']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '103']]), headers([[':status', '204']], { endStream: true })])],
  ['http2/stream-reset', 'RST_STREAM(INTERNAL_ERROR) mid-body', () => h2ExchangeOf([headers([[':status', '200']]), data('part', { endStream: false }), rstStream(1, 2)]), () => h2ExchangeOf([...ok(), rstStream(1, 0)])],
  ['http2/goaway-error', 'GOAWAY(PROTOCOL_ERROR) before the response', () => h2ExchangeOf([goaway(0, 1, Buffer.from('bad'))]), () => h2ExchangeOf([...ok(), goaway(1, 0)])],
  ['http2/hpack-error', 'index 0', () => h2ExchangeOf([encodeFrame(1, 5, 1, Buffer.from([0x80]))]), () => h2ExchangeOf([encodeFrame(1, 5, 1, Buffer.from([0x89]))])],
  ['http2/malformed-frame', 'PING of 4 bytes', () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(4)), ...ok()]), () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(8)), ...ok()])],
  ['http2/malformed-frame', 'bad DATA padding', () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([5, 0x61]))]), () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([1, 0x61, 0]))])],
  ['http2/settings-invalid', 'ENABLE_PUSH = 1 from a server', () => h2ExchangeOf([serverSettings([[Setting.ENABLE_PUSH, 1]]), settingsAck(), ...ok()], { raw: true }), () => h2ExchangeOf([serverSettings([[Setting.ENABLE_PUSH, 0]]), settingsAck(), ...ok()], { raw: true })],
  ['http2/settings-invalid', 'HEADERS before SETTINGS', () => h2ExchangeOf([...ok(), serverSettings()], { raw: true }), () => h2ExchangeOf([serverSettings(), ...ok()], { raw: true })],
  ['http2/push-when-disabled', 'PUSH_PROMISE', () => h2ExchangeOf([encodeFrame(5, 4, 1, Buffer.from([0, 0, 0, 2, 0x82, 0x84])), ...ok()]), () => h2ExchangeOf(ok())],
  ['http2/flow-control-violation', 'WINDOW_UPDATE of 0', () => h2ExchangeOf([encodeFrame(8, 0, 0, Buffer.alloc(4)), ...ok()]), () => h2ExchangeOf([encodeFrame(8, 0, 0, Buffer.from([0, 0, 0, 1])), ...ok()])],
  ['http2/flow-control-violation', 'DATA past the window', () => h2ExchangeOf([headers([[':status', '200']]), ...Array.from({ length: 70 }, () => data(Buffer.alloc(16384), { endStream: false }))]), () => h2ExchangeOf([headers([[':status', '200']]), ...Array.from({ length: 20 }, () => data(Buffer.alloc(16384), { endStream: false }))])],
  ['http2/status-101', '101 over h2', () => h2ExchangeOf([headers([[':status', '101'], ['upgrade', 'websocket']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '100']]), headers([[':status', '200']], { endStream: true })])],
  ['http2/not-http2', 'an HTTP/1.1 answer', () => h2ExchangeOf([Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')], { raw: true }), () => h2ExchangeOf(ok())],
  ['http2/frame-flood', 'CONTINUATION flood', () => h2ExchangeOf([headers([[':status', '200']], { endHeaders: false }), ...Array.from({ length: 100 }, () => encodeFrame(9, 0, 1))]), () => h2ExchangeOf([headers([[':status', '200']], { endHeaders: false }), continuation([['a', 'b']], { endHeaders: false }), continuation([['c', 'd']]), data('')])],
  ['http2/frame-flood', 'PING flood', () => h2ExchangeOf(Array.from({ length: 1100 }, () => encodeFrame(6, 0, 0, Buffer.alloc(8)))), () => h2ExchangeOf([...Array.from({ length: 50 }, () => encodeFrame(6, 0, 0, Buffer.alloc(8))), ...ok()])],
];

describe('http2 rules', () => {
  it.each(CASES)('%s fires on %s and not on its near miss', (id, _what, fires, quiet) => {
    const hit = findingsOf(id, fires());
    expect(hit.length, `${id} should fire`).toBeGreaterThan(0);
    expect(hit[0]!.evidence).toMatch(/byte \d+|TLS/);
    expect(findingsOf(id, quiet()), `${id} near miss`).toEqual([]);
  });

  it('names the field, its encoding and its offset in the received bytes', () => {
    const e = h2ExchangeOf([headers([[':status', '200'], { name: 'connection', value: 'close', huffman: false }], { endStream: true })]);
    const [f] = findingsOf('http2/connection-specific-header', e);
    expect(f!.location?.header).toBe('connection');
    const at = f!.location!.offset!;
    // The representation starts there: 0x00 (literal without indexing, new name), length 10, "connection".
    expect(e.received[at]).toBe(0x00);
    expect(e.received.subarray(at + 2, at + 12).toString('latin1')).toBe('connection');
    expect(f!.evidence).toMatch(/literal without indexing/);
  });

  it('goaway-error is info after a complete response and silent for NO_ERROR', () => {
    const after = findingsOf('http2/goaway-error', h2ExchangeOf([...ok(), goaway(1, 2)]));
    expect(after.map((f) => f.severity)).toEqual(['info']);
  });

  it('not-negotiated: info when --http2 fell back to HTTP/1.1 by ALPN', () => {
    const e = h2ExchangeOf(ok());
    const fallback: Exchange = { ...e, protocol: 'http/1.1', protocolRequested: 'h2', tls: { protocol: 'TLSv1.3', cipher: 'x', alpn: 'http/1.1', authorized: true, authorizationError: null, certificate: null } };
    expect(findingsOf('http2/not-negotiated', fallback).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf('http2/not-negotiated', { ...fallback, protocolRequested: undefined })).toEqual([]);
  });
});
