import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

describe('framing/invalid-content-length', () => {
  it('fires on a value with a unit, naming the header', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5 bytes\r\n\r\nhello' });
    const findings = findingsOf('framing/invalid-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('Content-Length value "5 bytes" is not a non-negative decimal integer');
    expect(findings[0]!.evidence).toBe('Content-Length: 5 bytes at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Content-Length' });
  });

  it.each(['-1', '+5', '0x10', '5.0', '', '1e3'])('fires on %j', (value) => {
    const ex = exchangeOf({ response: `HTTP/1.1 200 OK\r\nContent-Length: ${value}\r\n\r\nhello` });
    expect(findingsOf('framing/invalid-content-length', ex)).toHaveLength(1);
  });

  it('says a value of digits too large to represent is too large', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\nhello' });
    const findings = findingsOf('framing/invalid-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('too large');
  });

  it('reports only the offending line', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: abc\r\n\r\nhello' });
    const findings = findingsOf('framing/invalid-content-length', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toBe('Content-Length: abc at byte 36');
  });

  it('stays quiet on valid values, leading zeros included, and on conflicting valid values', () => {
    expect(findingsOf('framing/invalid-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 005\r\n\r\nhello' }))).toEqual([]);
    expect(findingsOf('framing/invalid-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello' }))).toEqual([]);
  });

  it('trims only SP and HTAB: a trailing 0xA0 makes the value invalid; a trailing tab does not', () => {
    const nbsp = findingsOf('framing/invalid-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\xa0\r\n\r\nhello' }));
    expect(nbsp).toHaveLength(1);
    expect(nbsp[0]!.message).toContain('"5\\xa0"');
    const tab = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5\t\r\n\r\nhello' });
    expect(tab.response?.framing).toMatchObject({ kind: 'content-length', length: 5 });
    // Valid, so only an info: Node's llhttp rejects it, and a Node user should learn why.
    const note = findingsOf('framing/invalid-content-length', tab);
    expect(note.map((f) => f.severity)).toEqual(['info']);
    expect(note[0]!.message).toContain("Node's http client and fetch reject");
    expect(note[0]!.evidence).toBe('Content-Length: 5\\t at byte 17');
    expect(findingsOf('framing/invalid-content-length', exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 5 \r\n\r\nhello' }))).toEqual([]);
  });

  it('checks the Content-Length of interim responses too', () => {
    const ex = exchangeOf({ response: 'HTTP/1.1 103 Early Hints\r\nContent-Length: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' });
    expect(findingsOf('framing/invalid-content-length', ex)).toHaveLength(1);
  });
});
