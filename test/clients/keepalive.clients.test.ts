// The keep-alive replay (--clients): the captured response, then a clean second response on the same
// connection. Stray bytes after a 204 are harmless on a closing connection and corrupt the next response on a
// kept-alive one: this shows which real clients suffer.
import { describe, expect, it } from 'vitest';
import { reactionsOf, SECOND_RESPONSE } from '../../src/clients/index';
import { curlPairArgs, curlTransferResult } from '../../src/clients/curlClient';
import { replayPlanOf } from '../../src/clients/replayPlan';
import { exchangeOf } from '../helpers/exchange';

const DATE = `Date: ${new Date().toUTCString()}`;
const NO_CONTENT = `HTTP/1.1 204 No Content\r\n${DATE}\r\n\r\n`;

describe('the keep-alive replay', () => {
  it('a 204 with a body: undici and curl read the stray bytes as the start of the second response', async () => {
    const reactions = (await reactionsOf(exchangeOf({ method: 'DELETE', response: `${NO_CONTENT}hello` })))!;
    const undici = reactions.find((r) => r.name === 'undici')!;
    expect(undici.outcome).toBe('ok');
    expect(undici.keepAlive).toMatchObject({ outcome: 'error', code: 'HTTPParserError', sameConnection: true });
    expect(undici.keepAlive!.detail).toContain('Expected HTTP/');
    const curl = reactions.find((r) => r.name === 'curl')!;
    expect(curl.keepAlive).toMatchObject({ outcome: 'error', code: 'exit 1', detail: 'exit 1: Received HTTP/0.9 when not allowed', sameConnection: true });
    // Node's fetch (observed: it opens a new connection for the second request) gets the clean response only
    // when it does not reuse the connection.
    const fetch = reactions.find((r) => r.name === 'Node fetch')!.keepAlive!;
    if (fetch.sameConnection === false) expect(fetch).toMatchObject({ outcome: 'ok', detail: '200, 16 body bytes', status: 200 });
    else expect(fetch.outcome).toBe('error');
  });

  it('a correct 204: every client gets the clean second response', async () => {
    const reactions = (await reactionsOf(exchangeOf({ method: 'DELETE', response: NO_CONTENT })))!;
    expect(reactions.map((r) => [r.name, r.keepAlive?.outcome, r.keepAlive?.detail])).toEqual([
      ['undici', 'ok', '200, 16 body bytes'],
      ['Node fetch', 'ok', '200, 16 body bytes'],
      ['curl', 'ok', '200, 16 body bytes'],
    ]);
    expect(reactions.find((r) => r.name === 'undici')!.keepAlive!.sameConnection).toBe(true);
  });

  it('is not tried when the response ends only when the connection closes', async () => {
    const exchange = exchangeOf({ response: `HTTP/1.1 200 OK\r\n${DATE}\r\n\r\nread to close` });
    expect(replayPlanOf(exchange)!.reusable).toBe(false);
    const reactions = (await reactionsOf(exchange))!;
    expect(reactions.every((r) => r.keepAlive === undefined)).toBe(true);
  });

  it('the second response is a clean 200 of 16 bytes', () => {
    expect(SECOND_RESPONSE.toString('latin1')).toBe('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 16\r\n\r\nsecond response\n');
  });
});

describe('curl, two transfers in one run', () => {
  it('writes one result line per transfer and reuses the connection with --next', () => {
    const args = curlPairArgs({ url: 'http://127.0.0.1:1/', method: 'DELETE', timeoutMs: 5000 }, { url: 'http://127.0.0.1:1/', method: 'GET', timeoutMs: 5000 });
    expect(args.filter((a) => a === '--next')).toHaveLength(1);
    expect(args.filter((a) => a === '%{http_code} %{size_download} %{exitcode} %{errormsg}\n')).toHaveLength(2);
    expect(args.slice(args.indexOf('--next') + 1)).not.toContain('-q');
  });

  it('reads each transfer\'s line', () => {
    expect(curlTransferResult('200 16 0 ')).toEqual({ outcome: 'ok', detail: '200, 16 body bytes', status: 200, code: null });
    expect(curlTransferResult('000 0 1 Received HTTP/0.9 when not allowed')).toEqual({ outcome: 'error', detail: 'exit 1: Received HTTP/0.9 when not allowed', status: null, code: 'exit 1' });
    expect(curlTransferResult(undefined).outcome).toBe('error');
  });
});
