import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/transfer-encoding-on-204', () => {
  it('fires on a 204 with Transfer-Encoding', () => {
    const ex = exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n' });
    const findings = findingsOf('framing/transfer-encoding-on-204', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toBe('Transfer-Encoding: chunked at byte 25');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 25, header: 'Transfer-Encoding' });
  });

  it('stays quiet on a plain 204 and on a chunked 200', () => {
    expect(findingsOf('framing/transfer-encoding-on-204', exchangeOf({ method: 'DELETE', response: 'HTTP/1.1 204 No Content\r\n\r\n' }))).toEqual([]);
    expect(findingsOf('framing/transfer-encoding-on-204', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' }))).toEqual([]);
  });
});
