// http2/connection-specific-header: fires on the defect, stays quiet on the near miss (RFC 9113).
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { findingsOf } from '../../helpers/exchange';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/connection-specific-header', {
  fires: [
    { name: 'connection: close', input: () => h2ExchangeOf(ok([['connection', 'close']])), evidence: /byte \d+/ },
    { name: 'transfer-encoding in trailers', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['transfer-encoding', 'chunked']], { endStream: true })]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of connection: close', input: () => h2ExchangeOf(ok([['x-connection', 'close']])) },
    { name: 'near miss of transfer-encoding in trailers', input: () => h2ExchangeOf([headers([[':status', '200']]), data('x', { endStream: false }), headers([['grpc-status', '0']], { endStream: true })]) },
  ],
});

describe('http2/connection-specific-header evidence', () => {
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
});
