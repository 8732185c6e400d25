// A probe that could not run is "not evaluated" with the reason — on the exchange it would have checked when it
// was not sent, on the probe exchange when its request failed — never a silent pass.
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/engine/run';
import { probeRules } from '../../../rules/probe/index';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

function notEvaluated(exchanges: ReturnType<typeof probedExchanges>, index: number): Map<string, string> {
  const { notEvaluated } = evaluateRules(exchanges, probeRules, { settings: new Map(), maxBody: 1 << 20 });
  return new Map(notEvaluated[index]!.map((n) => [n.ruleId, n.reason]));
}

describe('probe rules that cannot judge', () => {
  it('say why on the checked exchange when a probe request was not sent', () => {
    const exchanges = probedExchanges({
      response: wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"'], 'hi'),
      probesSkipped: [{ name: 'conditional', request: 'If-Modified-Since', reason: 'the response has no Last-Modified to revalidate with' }],
    });
    const skipped = notEvaluated(exchanges, 0);
    expect(skipped.get('probe/last-modified-not-honored')).toBe('the conditional probe was not sent: the response has no Last-Modified to revalidate with');
    // The If-None-Match probe was sent: rules it serves are not "not evaluated" here.
    expect(skipped.has('probe/etag-not-honored')).toBe(false);
    expect(skipped.has('probe/304-missing-headers')).toBe(false);
  });

  it('mark every rule of a probe skipped as a whole ("*")', () => {
    const exchanges = probedExchanges({ response: wire('HTTP/1.1 200 OK', [DATE], 'hi'), probesSkipped: [{ name: 'range', request: '*', reason: 'the request got no response' }] });
    const skipped = notEvaluated(exchanges, 0);
    for (const id of ['probe/range-ignored', 'probe/range-incorrect', 'probe/range-wrong-length', 'probe/206-missing-headers', 'probe/unsatisfiable-range']) {
      expect(skipped.get(id), id).toBe('the range probe was not sent: the request got no response');
    }
  });

  it('say why on the probe exchange when its request failed', () => {
    const exchanges = probedExchanges(
      { response: wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"'], 'hi') },
      { requestHeaders: [['If-None-Match', '"v1"']], probe: { name: 'conditional', of: 0 }, response: '', error: { code: 'REFUSED', message: 'connection refused by 127.0.0.1:9' } },
    );
    expect(notEvaluated(exchanges, 1).get('probe/etag-not-honored')).toBe('the conditional probe request got no response: connection refused by 127.0.0.1:9');
  });

  it('rules about a 304 or a 206 say so once when no probe got one', () => {
    const OK = wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"', 'Accept-Ranges: bytes'], '0123456789');
    const exchanges = probedExchanges(
      { response: OK },
      { requestHeaders: [['If-None-Match', '"v1"']], probe: { name: 'conditional', of: 0 }, response: OK },
      { requestHeaders: [['Range', 'bytes=3-6']], probe: { name: 'range', of: 0 }, response: OK },
      { requestHeaders: [['Range', 'bytes=10-']], probe: { name: 'range', of: 0 }, response: OK },
    );
    expect(notEvaluated(exchanges, 1).get('probe/304-missing-headers')).toBe('no conditional probe got a 304 to check (the server answered 200)');
    expect(notEvaluated(exchanges, 2).get('probe/206-missing-headers')).toBe('no range probe got a 206 to check (the server answered 200)');
    expect(notEvaluated(exchanges, 2).get('probe/range-wrong-length')).toBe('no range probe got a 206 or 416 to check (the server answered 200)');
    expect(notEvaluated(exchanges, 3).has('probe/206-missing-headers')).toBe(false);
  });

  it('the reuse probe says why no second response was checked', () => {
    const first = (connection: { position: number; closedAfter: boolean }, error?: { code: string; message: string }) =>
      probedExchanges({ response: wire('HTTP/1.1 200 OK', [DATE], 'hi') }, { probe: { name: 'reuse', of: 0 }, connection, response: wire('HTTP/1.1 200 OK', [DATE, 'Connection: close'], 'hi'), error });
    expect(notEvaluated(first({ position: 1, closedAfter: true }), 1).get('probe/connection-reuse-desync')).toBe(
      'the server closed the connection after the first response, so there was no second response on it to corrupt',
    );
    const refused = notEvaluated(first({ position: 1, closedAfter: true }, { code: 'REFUSED', message: 'connection refused' }), 1);
    expect(refused.get('probe/connection-reuse-desync')).toBe('the reuse probe request got no response: connection refused');
    expect(refused.get('probe/keep-alive-refused')).toBe('the reuse probe request got no response: connection refused');
  });

  it('stay silent when no probe was asked for', () => {
    expect(notEvaluated(probedExchanges({ response: wire('HTTP/1.1 200 OK', [DATE], 'hi') }), 0).size).toBe(0);
  });
});
