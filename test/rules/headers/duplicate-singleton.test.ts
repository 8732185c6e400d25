import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'headers/duplicate-singleton';
const withHeaders = (headers: string) => exchangeOf({ response: `HTTP/1.1 200 OK\r\n${headers}Content-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on a repeated line, naming both lines', () => {
    const findings = findingsOf(ID, withHeaders('Content-Type: text/html\r\nContent-Type: application/json\r\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('Content-Type appears on 2 lines with different values; it must be sent once');
    expect(findings[0]!.evidence).toBe('Content-Type: text/html at byte 17; Content-Type: application/json at byte 42');
    expect(findings[0]!.location).toEqual({ part: 'header', offset: 42, header: 'Content-Type' });
  });

  it('fires on identical repeated lines, in any case', () => {
    const findings = findingsOf(ID, withHeaders('Server: nginx\r\nserver: nginx\r\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('with the same value');
  });

  it('fires on repeated Date lines', () => {
    const d = 'Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n';
    expect(findingsOf(ID, withHeaders(d + d))).toHaveLength(1);
  });

  it('fires on a comma list where the grammar has none', () => {
    const ct = findingsOf(ID, withHeaders('Content-Type: text/html, application/json\r\n'));
    expect(ct).toHaveLength(1);
    expect(ct[0]!.message).toContain('comma-separated list of 2 values');
    expect(ct[0]!.evidence).toBe('Content-Type: text/html, application/json at byte 17');
    expect(findingsOf(ID, withHeaders('ETag: "a", "b"\r\n'))).toHaveLength(1);
    expect(findingsOf(ID, withHeaders('Age: 10, 10\r\n'))).toHaveLength(1);
  });

  it('stays quiet on commas that belong to the value', () => {
    expect(
      findingsOf(
        ID,
        withHeaders(
          'Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n' +
            'Last-Modified: Sat, 05 Nov 1994 08:49:37 GMT\r\n' +
            'Expires: Mon, 07 Nov 1994 08:49:37 GMT\r\n' +
            'Content-Type: multipart/mixed; boundary="a,b"\r\n' +
            'ETag: W/"x,y"\r\n' +
            'Location: /search?q=a,b\r\n' +
            'Server: Apache/2.4 (Unix, OpenSSL)\r\n',
        ),
      ),
    ).toEqual([]);
  });

  it('stays quiet on list fields repeated (Vary, Cache-Control, Set-Cookie)', () => {
    expect(findingsOf(ID, withHeaders('Vary: Origin\r\nVary: Accept-Encoding\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n'))).toEqual([]);
  });
});
