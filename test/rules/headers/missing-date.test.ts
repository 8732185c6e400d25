import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'headers/missing-date';
const status = (line: string, headers = '') => exchangeOf({ response: `HTTP/1.1 ${line}\r\n${headers}Content-Length: 0\r\n\r\n` });

describe(ID, () => {
  it('fires on a 200 without Date', () => {
    const findings = findingsOf(ID, status('200 OK'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('200 response without a Date header');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 200 OK" at byte 0; no Date header');
    expect(findings[0]!.location).toEqual({ part: 'status-line', offset: 0 });
  });

  it('fires on 3xx and 4xx', () => {
    expect(findingsOf(ID, status('304 Not Modified'))).toHaveLength(1);
    expect(findingsOf(ID, status('404 Not Found'))).toHaveLength(1);
  });

  it('stays quiet with Date (any case), and on 5xx where Date is optional', () => {
    expect(findingsOf(ID, status('200 OK', 'date: Sun, 06 Nov 1994 08:49:37 GMT\r\n'))).toEqual([]);
    expect(findingsOf(ID, status('503 Service Unavailable'))).toEqual([]);
  });

  it('judges the final response, not a 1xx before it', () => {
    const ex = exchangeOf({
      response: 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 0\r\n\r\n',
    });
    expect(findingsOf(ID, ex)).toEqual([]);
  });
});
