import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'cache/invalid-etag';
const withEtag = (value: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\nETag: ${value}\r\nContent-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on an unquoted tag, naming the header', () => {
    const findings = findingsOf(ID, withEtag('abc'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('ETag abc is not a valid entity-tag');
    expect(findings[0]!.evidence).toBe('ETag: abc at byte 17');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 17, header: 'ETag' });
  });

  it('fires on W/abc, a space inside and a lower-case weak prefix', () => {
    expect(findingsOf(ID, withEtag('W/abc'))).toHaveLength(1);
    expect(findingsOf(ID, withEtag('"a b"'))[0]!.message).toContain('a space');
    expect(findingsOf(ID, withEtag('w/"abc"'))).toHaveLength(1);
  });

  it('stays quiet on strong and weak quoted tags', () => {
    expect(findingsOf(ID, withEtag('"33a64df551425fcc55e4d42a148795d9f25f89d4"'))).toEqual([]);
    expect(findingsOf(ID, withEtag('W/"0815"'))).toEqual([]);
  });
});
