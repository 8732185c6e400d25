// The record format on its own: masking keeps every byte offset, and a recorded exchange replays to the same
// parse and the same findings (also when the connection ended on an error, which changes how the framer ends).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { judge } from '../../src/judge';
import { exchangesFromRecord } from '../../src/input/record';
import { maskValueInPlace, recordLine } from '../../src/report/record';
import { exchangeOf } from '../helpers/exchange';

const settings = { rules: new Map(), maxBody: 10 * 1024 * 1024 };

describe('maskValueInPlace', () => {
  it('hides credentials and cookie values character for character, keeping schemes, names and attributes', () => {
    expect(maskValueInPlace('Authorization', 'Bearer abc.def')).toBe('Bearer *******');
    expect(maskValueInPlace('authorization', 'opaque')).toBe('******');
    expect(maskValueInPlace('Cookie', 'a=1; bb=xyz')).toBe('a=*; bb=***');
    expect(maskValueInPlace('Set-Cookie', 'sid=s3cr3t; Path=/; Max-Age=60')).toBe('sid=******; Path=/; Max-Age=60');
    expect(maskValueInPlace('Content-Type', 'text/plain')).toBe('text/plain');
  });
});

describe('recordLine → exchangesFromRecord', () => {
  it('gives back the same parse and findings, offsets included, with secrets masked', () => {
    const exchange = exchangeOf({
      requestHeaders: [['Authorization', 'Bearer supersecret']],
      response: 'HTTP/1.1 204 No Content\r\nSet-Cookie: id=abcdef; Secure\r\nContent-Length: 5\r\n\r\nhello',
    });
    const live = judge([exchange], allRules, settings);
    const [replayed] = exchangesFromRecord(recordLine(exchange, 0, 64 * 1024, false), 'r.jsonl');
    const again = judge(replayed!, allRules, settings);
    expect(again.findings).toEqual(live.findings);
    expect(replayed![0]!.response!.headers.map((h) => [h.name, h.offset])).toEqual(exchange.response!.headers.map((h) => [h.name, h.offset]));
    expect(replayed![0]!.received.toString('latin1')).toContain('Set-Cookie: id=******; Secure');
    expect(replayed![0]!.sent.length).toBe(exchange.sent.length);
    expect(JSON.stringify(replayed)).not.toContain('supersecret');
  });

  it('ends the framer as the capture did: a close-delimited body cut by a timeout stays incomplete', () => {
    const exchange = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npartial' });
    exchange.error = { code: 'TIMEOUT_IDLE', message: 'idle timeout' };
    const [replayed] = exchangesFromRecord(recordLine(exchange, 0, 64 * 1024, true), 'r.jsonl');
    expect(replayed![0]!.response!.complete).toBe(false);
    const clean = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npartial' });
    const [closed] = exchangesFromRecord(recordLine(clean, 0, 64 * 1024, true), 'r.jsonl');
    expect(closed![0]!.response!.complete).toBe(true);
  });

  it('groups lines by inspection and names the line of a broken one', () => {
    const a = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' });
    const text = recordLine(a, 0, 1024, false) + recordLine(a, 0, 1024, false) + recordLine(a, 1, 1024, false);
    expect(exchangesFromRecord(text, 'r.jsonl').map((g) => g.length)).toEqual([2, 1]);
    expect(() => exchangesFromRecord(`${text}{oops\n`, 'r.jsonl')).toThrow('r.jsonl:4: not valid JSON (a --record file has one JSON object per line)');
  });
});
