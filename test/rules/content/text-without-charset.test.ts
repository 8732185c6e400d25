import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/text-without-charset';

describe(ID, () => {
  it('fires on text/plain without charset, naming the header', () => {
    const response = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('text/plain');
    expect(findings[0]!.evidence).toBe(`Content-Type: text/plain at byte ${response.indexOf('Content-Type')}`);
  });

  it('fires on text/html with other parameters but no charset', () => {
    const findings = findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: TEXT/HTML; level=1\r\nContent-Length: 2\r\n\r\nhi' }));
    expect(findings).toHaveLength(1);
  });

  it('stays quiet with a charset (any case, quoted), on non-text types and on text/event-stream', () => {
    for (const type of ['text/html; charset=utf-8', 'text/plain;Charset="UTF-8"', 'application/json', 'image/png', 'text/event-stream']) {
      const response = `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: 2\r\n\r\nhi`;
      expect(findingsOf(ID, exchangeOf({ response })), type).toEqual([]);
    }
  });

  it('stays quiet when a UTF-8 byte order mark names the encoding', () => {
    const response = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hi')]);
    expect(findingsOf(ID, exchangeOf({ response }))).toEqual([]);
  });

  it('stays quiet on a 204 (content/content-type-without-body covers it)', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 204 No Content\r\nContent-Type: text/plain\r\n\r\n' }))).toEqual([]);
  });
});
