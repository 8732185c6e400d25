import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const withTe = (te: string, body = '5\r\nhello\r\n0\r\n\r\n') => exchangeOf({ response: `HTTP/1.1 200 OK\r\nTransfer-Encoding: ${te}\r\n\r\n${body}` });

describe('framing/invalid-transfer-encoding', () => {
  it('fires on chunked followed by 0xA0, says the framing disagreement, and reads to close (RFC 9112 §6.3)', () => {
    const ex = withTe('chunked\xa0');
    const findings = findingsOf('framing/invalid-transfer-encoding', ex);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"chunked\\xa0"');
    expect(findings[0]!.message).toContain('disagree on where the response ends');
    expect(findings[0]!.evidence).toBe('Transfer-Encoding: chunked\\xa0 at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'Transfer-Encoding' });
    expect(ex.response?.framing.kind).toBe('close');
  });

  it('fires on a parameter on chunked and on chunked applied twice', () => {
    expect(findingsOf('framing/invalid-transfer-encoding', withTe('chunked;a=b'))[0]!.message).toContain('takes no parameters');
    const twice = findingsOf('framing/invalid-transfer-encoding', withTe('chunked, chunked'));
    expect(twice).toHaveLength(1);
    expect(twice[0]!.message).toContain('applied 2 times');
    const twoLines = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' });
    expect(findingsOf('framing/invalid-transfer-encoding', twoLines)[0]!.location?.offset).toBe(45);
  });

  it('fires on codings that are not tokens', () => {
    for (const te of ['gzip/1, chunked', 'chun ked', '"chunked"']) {
      expect(findingsOf('framing/invalid-transfer-encoding', withTe(te)), te).toHaveLength(1);
    }
  });

  it('stays quiet on valid values: case, OWS, tabs, empty list elements, parameters on other codings', () => {
    for (const te of ['chunked', 'Chunked', 'gzip, chunked', 'chunked ', ', chunked', 'gzip;q=1 , chunked', 'x-custom;a="b,c";d=e, chunked']) {
      const ex = withTe(te);
      expect(findingsOf('framing/invalid-transfer-encoding', ex), te).toEqual([]);
      expect(ex.response?.framing.kind, te).toBe('chunked');
    }
  });

  it('a tab or an empty element after chunked is valid: only an info that Node misframes it (it reads to close)', () => {
    for (const te of ['chunked\t', 'chunked,', 'gzip, Chunked ,']) {
      const ex = withTe(te);
      expect(ex.response?.framing.kind, te).toBe('chunked');
      const findings = findingsOf('framing/invalid-transfer-encoding', ex);
      expect(findings.map((f) => f.severity), te).toEqual(['info']);
      expect(findings[0]!.message).toContain('read the body to close');
    }
  });
});
