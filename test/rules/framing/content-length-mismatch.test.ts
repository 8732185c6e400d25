import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/content-length-mismatch', () => {
  it('fires when fewer bytes than declared arrive before EOF, saying both numbers', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\ntruncated\n' });
    const findings = findingsOf('framing/content-length-mismatch', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('Content-Length says 100 bytes but only 10 arrived before the connection closed (90 missing)');
    expect(findings[0]!.evidence).toContain('Content-Length: 100 at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Content-Length' });
  });

  it('fires when more bytes than declared arrive, naming the surplus', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n';
    const ex = exchangeOf({ response: `${head}hello world` });
    const findings = findingsOf('framing/content-length-mismatch', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('Content-Length says 5 bytes but 11 arrived (6 extra after the declared end)');
    expect(findings[0]!.evidence).toContain(`after byte ${head.length + 5}: 6 bytes: 20 77 6f 72 6c 64 (" world")`);
  });

  it('stays quiet when the body matches, and on HEAD with a Content-Length and no body', () => {
    expect(findingsOf('framing/content-length-mismatch', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' }))).toEqual([]);
    expect(findingsOf('framing/content-length-mismatch', exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n' }))).toEqual([]);
  });

  it('leaves invalid or conflicting lengths (read to close) to their own rules', () => {
    expect(findingsOf('framing/content-length-mismatch', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\nhello' }))).toEqual([]);
  });

  it('says nothing when our own limit stopped reading', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc' });
    ex.error = { code: 'LIMIT', message: 'body limit reached' };
    expect(findingsOf('framing/content-length-mismatch', ex)).toEqual([]);
  });
});
