import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/json-mislabeled';

function respond(type: string, body: Buffer | string, extra = ''): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n${extra}Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

describe(ID, () => {
  it('fires on a JSON object labelled text/html, naming the header and the body', () => {
    const response = respond('text/html; charset=utf-8', '{"id":1}');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('the body is a JSON object but Content-Type says text/html');
    expect(findings[0]!.evidence).toContain(`Content-Type: text/html; charset=utf-8 at byte ${response.indexOf('Content-Type')}`);
    expect(findings[0]!.evidence).toContain('7b 22 69 64');
  });

  it('fires on a JSON array labelled text/plain after leading whitespace, and on a gzip body', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('text/plain; charset=utf-8', '\n  [1, 2]\n') }))[0]!.message).toContain('JSON array');
    const gz = findingsOf(ID, exchangeOf({ response: respond('text/plain', gzipSync('{"a":true}'), 'Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n') }));
    expect(gz).toHaveLength(1);
    expect(gz[0]!.evidence).toContain('decoded body');
  });

  it('stays quiet on JSON labelled application/json, on text that only looks like JSON, and on JSON scalars', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('application/json', '{"id":1}') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('text/plain; charset=utf-8', '[INFO] server started') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('text/html; charset=utf-8', '{{ template }}') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('text/plain; charset=utf-8', '42') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('text/javascript; charset=utf-8', '{"a":1}') }))).toEqual([]);
  });
});
