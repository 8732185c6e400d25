// Regressions found while building the framing rules: truncated heads, interim-then-EOF, body ranges.
import { describe, expect, it } from 'vitest';
import { parseResponse } from '../../src/http1/parse';
import { ResponseFramer } from '../../src/http1/framer';

const ids = (bytes: string) => parseResponse(Buffer.from(bytes, 'latin1'), 'GET').anomalies.map((a) => a.id);

describe('framer regressions', () => {
  it('a header line cut off by EOF is an incomplete head, not an invalid header line', () => {
    expect(ids('HTTP/1.1 200 OK\r\nDate: x\r\nX-Tr')).toEqual(['incomplete-head']);
    expect(ids('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r')).toEqual(['incomplete-head']);
    const parsed = parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/pl', 'latin1'), 'GET');
    expect(parsed.response?.headers.map((h) => h.name)).toEqual([]);
    expect(parsed.response?.complete).toBe(false);
  });

  it('an interim response followed by EOF says the final response never came', () => {
    const parsed = parseResponse(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n', 'latin1'), 'GET');
    expect(parsed.response).toBeUndefined();
    expect(parsed.anomalies.map((a) => a.id)).toEqual(['incomplete-head']);
    expect(parsed.anomalies[0]!.detail).toContain('interim 100');
  });

  it('EOF after the last chunk but before the final CRLF is worded as such', () => {
    const parsed = parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n', 'latin1'), 'GET');
    expect(parsed.anomalies[0]!.detail).toContain('after the last chunk');
  });

  it('an incomplete message still has a body range covering what arrived', () => {
    const parsed = parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc', 'latin1'), 'GET');
    expect(parsed.response?.body).toEqual({ offset: 39, length: 3 });
    expect(parsed.response?.contentLength).toBe(3);
  });

  it('a close-delimited body is complete only at EOF, not when reading stopped early', () => {
    const bytes = Buffer.from('HTTP/1.1 200 OK\r\n\r\npartial', 'latin1');
    const stopped = new ResponseFramer({ method: 'GET', maxHeaderBytes: 65536 });
    stopped.push(bytes);
    stopped.end(false);
    expect(stopped.messages[0]!.complete).toBe(false);
    expect(stopped.messages[0]!.body.length).toBe(7);
    expect(parseResponse(bytes, 'GET').response?.complete).toBe(true);
  });

  it('a leading empty line is shown with the bytes after it', () => {
    const parsed = parseResponse(Buffer.from('\r\nHTTP/1.1 200 OK\r\n\r\n', 'latin1'), 'GET');
    expect(parsed.anomalies[0]!.evidence).toContain('HTTP/1.1 200 OK');
  });

  it('a large head delivered in small pieces parses the same (and in linear time)', () => {
    const head = `HTTP/1.1 200 OK\r\n${Array.from({ length: 1500 }, (_, i) => `X-H${i}: ${'v'.repeat(30)}\r\n`).join('')}Content-Length: 2\r\n\r\nhi`;
    const bytes = Buffer.from(head, 'latin1');
    const framer = new ResponseFramer({ method: 'GET', maxHeaderBytes: 1024 * 1024 });
    for (let i = 0; i < bytes.length; i += 7) framer.push(bytes.subarray(i, i + 7));
    framer.end();
    expect(framer.messages[0]!.headers).toHaveLength(1501);
    expect(framer.finalComplete).toBe(true);
  });
});
