import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const HEAD = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';

describe('framing/invalid-chunked-encoding', () => {
  it('fires on a chunk-size line that is not hex, naming the line and its offset', () => {
    const ex = exchangeOf({ response: `${HEAD}zz\r\nhello\r\n0\r\n\r\n` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('the chunk-size line does not start with a hexadecimal size');
    expect(findings[0]!.evidence).toBe(`"zz" at byte ${HEAD.length}`);
    expect(findings[0]!.location).toEqual({ part: 'body', offset: HEAD.length });
  });

  it('fires when chunk data is not followed by CRLF', () => {
    const ex = exchangeOf({ response: `${HEAD}3\r\nhello\r\n0\r\n\r\n` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('not followed by CRLF');
    expect(findings[0]!.evidence).toBe(`"lo" at byte ${HEAD.length + 6}`);
  });

  it('fires when the body ends before the zero-size chunk', () => {
    const body = '5\r\nhello\r\n';
    const ex = exchangeOf({ response: `${HEAD}${body}` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('truncated');
    expect(findings[0]!.evidence).toBe(`at byte ${HEAD.length + body.length}, after 1 chunk (5 content bytes)`);
  });

  it('names the offending byte and its offset in malformed size lines (framing is lost)', () => {
    const cases: Array<[string, number, string]> = [
      [' 5', 0, 'does not start with a hexadecimal size'],
      ['0x5', 1, '"x"'],
      ['+5', 0, 'does not start'],
      ['5g', 1, '"g"'],
      ['5\rx', 1, 'bare CR'],
    ];
    for (const [line, column, words] of cases) {
      const ex = exchangeOf({ response: `${HEAD}${line}\r\nhello\r\n0\r\n\r\n` });
      const findings = findingsOf('framing/invalid-chunked-encoding', ex);
      expect(findings, line).toHaveLength(1);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toContain(words);
      expect(findings[0]!.location?.offset, line).toBe(HEAD.length + column);
    }
  });

  it('reports malformed extensions as errors but keeps the framing (the size is unambiguous)', () => {
    for (const [line, words] of [['5 ', 'whitespace after the chunk size'], ['5;', 'without a name'], ['5;a\x01', 'control byte 0x01'], ['5;a\x00', 'NUL'], ['5;a="b', 'closing quote'], ['5;a=b c', '"c"']]) {
      const ex = exchangeOf({ response: `${HEAD}${line}\r\nhello\r\n0\r\n\r\n` });
      const findings = findingsOf('framing/invalid-chunked-encoding', ex);
      expect(findings.map((f) => f.severity), line).toEqual(['error']);
      expect(findings[0]!.message, line).toContain(words);
      expect(ex.response?.complete).toBe(true);
      expect(ex.response?.contentLength).toBe(5);
    }
  });

  it('whitespace around ";" or "=" (BWS) is a warning: recipients may accept it, senders must not send it', () => {
    const ex = exchangeOf({ response: `${HEAD}5 ; a = b\r\nhello\r\n0\r\n\r\n` });
    const findings = findingsOf('framing/invalid-chunked-encoding', ex);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(findings[0]!.message).toContain('before ";"');
    expect(findings[0]!.evidence).toBe(`"5 ; a = b" at byte ${HEAD.length + 1}`);
  });

  it('accepts zero-padded sizes (1*HEXDIG) and a 4,096-byte line limit applied alike in one push and in pieces', () => {
    const padded = exchangeOf({ response: `${HEAD}00000000000000005\r\nhello\r\n0000\r\n\r\n` });
    expect(findingsOf('framing/invalid-chunked-encoding', padded)).toEqual([]);
    expect(padded.response?.contentLength).toBe(5);
    const long = exchangeOf({ response: `${HEAD}5;a=${'b'.repeat(4100)}\r\nhello\r\n0\r\n\r\n` });
    expect(findingsOf('framing/invalid-chunked-encoding', long)[0]!.message).toContain('longer than 4096 bytes');
  });

  it('stays quiet on a correct chunked body with extensions and trailers', () => {
    const ex = exchangeOf({ response: `${HEAD}5;name=value\r\nhello\r\n0\r\nX-Checksum: 1\r\n\r\n` });
    expect(findingsOf('framing/invalid-chunked-encoding', ex)).toEqual([]);
  });
});
