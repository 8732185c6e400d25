import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/206-without-content-range';

describe(ID, () => {
  it('fires on a single-part 206 without Content-Range, naming its Content-Type', () => {
    const response = 'HTTP/1.1 206 Partial Content\r\nContent-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\nabcd';
    const findings = findingsOf(ID, exchangeOf({ requestHeaders: [['Range', 'bytes=0-3']], response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence).toBe('status line "HTTP/1.1 206 Partial Content" at byte 0; no Content-Range; Content-Type: application/octet-stream at byte 30');
  });

  it('stays quiet with Content-Range, and on multipart/byteranges (the ranges are in the parts)', () => {
    const single = 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-3/10\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\n\r\nabcd';
    expect(findingsOf(ID, exchangeOf({ response: single }))).toEqual([]);
    const body = '--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-0/10\r\n\r\na\r\n--B--\r\n';
    const multi = `HTTP/1.1 206 Partial Content\r\nContent-Type: Multipart/ByteRanges; boundary=B\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    expect(findingsOf(ID, exchangeOf({ response: multi }))).toEqual([]);
  });
});
