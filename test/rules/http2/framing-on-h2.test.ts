// The framing rules that carry over to HTTP/2, with DATA-frame evidence; HTTP/1.1 syntax rules are not evaluated.
import { describe, expect, it } from 'vitest';
import { notEvaluatedRules } from '../../../src/engine/needs';
import { allRules } from '../../../rules/index';
import { data, headers } from '../../../src/lab/h2/frames';
import { findingsOf } from '../../helpers/exchange';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import type { Exchange } from '../../../src/exchange';

type Case = [string, string, () => Exchange, () => Exchange];
const CASES: Case[] = [
  ['framing/body-on-204', 'DATA on a 204', () => h2ExchangeOf([headers([[':status', '204']]), data('oops')]), () => h2ExchangeOf([headers([[':status', '204']]), data('')])],
  ['framing/body-on-204', 'DATA after a 204 ended the stream', () => h2ExchangeOf([headers([[':status', '204']], { endStream: true }), data('late')]), () => h2ExchangeOf([headers([[':status', '204']], { endStream: true })])],
  ['framing/body-on-205', 'DATA on a 205', () => h2ExchangeOf([headers([[':status', '205']]), data('x')]), () => h2ExchangeOf([headers([[':status', '205'], ['content-length', '0']], { endStream: true })])],
  ['framing/body-on-304', 'DATA on a 304', () => h2ExchangeOf([headers([[':status', '304']]), data('x')]), () => h2ExchangeOf([headers([[':status', '304'], ['etag', '"a"']], { endStream: true })])],
  ['framing/body-on-head', 'DATA on HEAD', () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '5']]), data('hello')], { method: 'HEAD' }), () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '5']], { endStream: true })], { method: 'HEAD' })],
  ['framing/content-length-on-204', 'content-length: 7 on a 204', () => h2ExchangeOf([headers([[':status', '204'], ['content-length', '7']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '204']], { endStream: true })])],
  ['framing/content-length-mismatch', 'DATA total ≠ content-length', () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '10']]), data('short')]), () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '5']]), data('he', { endStream: false }), data('llo')])],
  ['framing/invalid-content-length', 'content-length: abc', () => h2ExchangeOf([headers([[':status', '200'], ['content-length', 'abc']]), data('abc')]), () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '3']]), data('abc')])],
  ['framing/conflicting-content-length', 'two values', () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '3'], ['content-length', '4']]), data('abc')]), () => h2ExchangeOf([headers([[':status', '200'], ['content-length', '3']]), data('abc')])],
  ['framing/framing-header-on-1xx', 'content-length on a 103', () => h2ExchangeOf([headers([[':status', '103'], ['content-length', '0']]), headers([[':status', '204']], { endStream: true })]), () => h2ExchangeOf([headers([[':status', '103'], ['link', '</s.css>; rel=preload']]), headers([[':status', '204']], { endStream: true })])],
];

describe('framing rules on HTTP/2', () => {
  it.each(CASES)('%s fires on %s and not on its near miss', (id, _what, fires, quiet) => {
    const hit = findingsOf(id, fires());
    expect(hit.length, `${id} should fire`).toBeGreaterThan(0);
    expect(hit[0]!.evidence).toMatch(/byte \d+/);
    expect(findingsOf(id, quiet())).toEqual([]);
  });

  it('points body-on-204 at the DATA frame', () => {
    const e = h2ExchangeOf([headers([[':status', '204']]), data('oops')]);
    const [f] = findingsOf('framing/body-on-204', e);
    expect(e.received[f!.location!.offset! + 3]).toBe(0); // frame type DATA
    expect(f!.evidence).toMatch(/^DATA frame at byte \d+: 4 bytes: 6f 6f 70 73/);
  });

  it('reports HTTP/1.1 syntax rules as not evaluated on HTTP/2, and nothing else', () => {
    const skipped = notEvaluatedRules(h2ExchangeOf([headers([[':status', '200']], { endStream: true })]), allRules);
    expect(skipped).toEqual(expect.arrayContaining(['framing/obs-fold', 'framing/bare-lf', 'framing/invalid-chunked-encoding', 'framing/whitespace-before-colon', 'framing/invalid-status-line']));
    expect(skipped.filter((id) => !id.startsWith('framing/'))).toEqual([]);
    expect(skipped).not.toContain('framing/body-on-204');
  });

  it('a well-behaved response gets no http2 or framing finding', () => {
    const e = h2ExchangeOf([headers([[':status', '200'], ['content-type', 'text/plain'], ['content-length', '5'], ['date', new Date().toUTCString()]]), data('hel', { endStream: false }), data('lo')]);
    const ids = allRules.filter((r) => r.meta.id.startsWith('http2/') || r.meta.id.startsWith('framing/')).flatMap((r) => findingsOf(r.meta.id, e).map((f) => f.ruleId));
    expect(ids).toEqual([]);
  });
});
