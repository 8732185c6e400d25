import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';
import { evaluateRules } from '../../../src/engine/run';
import { ruleById } from '../../helpers/exchange';

const ID = 'content/invalid-json';

function wire(head: string, body: Buffer | string = ''): Buffer {
  return Buffer.concat([Buffer.from(head, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}

function json(body: Buffer | string, type = 'application/json', extra = ''): Buffer {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return wire(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n${extra}Content-Length: ${length}\r\n\r\n`, body);
}

describe(ID, () => {
  it('fires on a trailing comma, naming the position and an excerpt', () => {
    const response = json('{"a":1,}');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('expected a double-quoted property name at byte 7 of the content (line 1, column 8)');
    const bodyStart = response.indexOf('{"a"');
    expect(findings[0]!.evidence).toBe(`at byte 7 of the content (received byte ${bodyStart + 7}): {"a":1,⟦here⟧}`);
    expect(findings[0]!.location).toEqual({ part: 'body', offset: bodyStart + 7 });
  });

  it('fires on an HTML error page served as JSON, pointing at byte 0', () => {
    const findings = findingsOf(ID, exchangeOf({ response: json('<!DOCTYPE html><html><body>Internal error</body></html>', 'application/json; charset=utf-8') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('expected a JSON value at byte 0');
    expect(findings[0]!.evidence).toContain('⟦here⟧<!DOCTYPE html><html><bo…');
  });

  it('fires on a +json type, and reports line and column in a multi-line body', () => {
    const findings = findingsOf(ID, exchangeOf({ response: json('{\n  "type": "about:blank",\n  "status": 404\n  "title": "x"\n}', 'application/problem+json') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('expected "," or "}"');
    expect(findings[0]!.message).toContain('(line 4, column 3)');
    expect(findings[0]!.evidence).toContain('\\n  ⟦here⟧"title"');
  });

  it('fires on an empty body and on a whitespace-only body', () => {
    const empty = findingsOf(ID, exchangeOf({ response: json('') }));
    expect(empty).toHaveLength(1);
    expect(empty[0]!.message).toContain('the body is empty');
    const blank = findingsOf(ID, exchangeOf({ response: json(' \r\n') }));
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toContain('only whitespace');
  });

  it('fires on data after the JSON value', () => {
    const findings = findingsOf(ID, exchangeOf({ response: json('{"a":1}\n{"b":2}\n') }));
    expect(findings[0]!.message).toContain('unexpected data after the JSON value at byte 8');
  });

  it('maps the error offset through chunk framing to the received byte', () => {
    const response = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{"a"\r\n4\r\n:tru\r\n1\r\n}\r\n0\r\n\r\n';
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('expected a JSON value at byte 5 of the content');
    expect(findings[0]!.location).toEqual({ part: 'body', offset: response.indexOf(':tru') + 1 });
  });

  it('fires on a gzip body whose decoded content is not JSON, locating it in the decoded content', () => {
    const response = json(gzipSync('{"a":[1,2,]}'), 'application/json', 'Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('expected a JSON value at byte 10 of the decoded content');
    expect(findings[0]!.location).toEqual({ part: 'body', offset: response.indexOf('\r\n\r\n') + 4 });
  });

  it('is not evaluated (with the reason, and no finding) when the body is larger than --max-body', () => {
    const ex = exchangeOf({ response: json('{"a":"0123456789"}') });
    const judged = evaluateRules([ex], [ruleById(ID)], { settings: new Map(), maxBody: 10 });
    expect(judged.findings[0]).toEqual([]);
    expect(judged.notEvaluated[0]).toEqual([{ ruleId: ID, reason: 'the body (18 bytes) is larger than --max-body (10 bytes)' }]);
  });

  it('is not evaluated for a content-coding it does not know', () => {
    const ex = exchangeOf({ response: json('(\xb5/\xfd', 'application/json', 'Content-Encoding: zstd\r\n') });
    const judged = evaluateRules([ex], [ruleById(ID)], { settings: new Map(), maxBody: 1 << 20 });
    expect(judged.findings[0]).toEqual([]);
    expect(judged.notEvaluated[0]).toEqual([{ ruleId: ID, reason: 'the body is content-coded with "zstd", which httpinspect does not decode' }]);
  });

  it('stays quiet when the content-coding is broken (invalid-content-encoding reports it)', () => {
    expect(findingsOf(ID, exchangeOf({ response: json('{"a":1}', 'application/json', 'Content-Encoding: gzip\r\n') }))).toEqual([]);
  });

  it('stays quiet on valid JSON: plain, with a UTF-8 BOM, scalars, gzip, chunked gzip and br', () => {
    expect(findingsOf(ID, exchangeOf({ response: json('{"id":1,"tags":["a","b"],"name":"Zoë"}') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[1]')])) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: json('"ok"') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: json(' null\n') }))).toEqual([]);
    const vary = 'Vary: Accept-Encoding\r\n';
    expect(findingsOf(ID, exchangeOf({ response: json(gzipSync('{"id":1}'), 'application/json', `Content-Encoding: gzip\r\n${vary}`) }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: json(brotliCompressSync('{"id":1}'), 'application/vnd.api+json', `Content-Encoding: br\r\n${vary}`) }))).toEqual([]);
    const gz = gzipSync('{"items":[1,2,3],"next":null}');
    const chunked = wire(
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nVary: Accept-Encoding\r\nTransfer-Encoding: chunked\r\n\r\n',
      Buffer.concat([Buffer.from('a\r\n'), gz.subarray(0, 10), Buffer.from(`\r\n${(gz.length - 10).toString(16)}\r\n`), gz.subarray(10), Buffer.from('\r\n0\r\n\r\n')]),
    );
    expect(findingsOf(ID, exchangeOf({ response: chunked }))).toEqual([]);
  });

  it('stays quiet on non-JSON types, HEAD, 204, 304 and a truncated body', () => {
    expect(findingsOf(ID, exchangeOf({ response: json('{"a":1,}', 'text/plain; charset=utf-8') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: json('not json', 'application/json-seq') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ method: 'HEAD', response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 120\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 304 Not Modified\r\nContent-Type: application/json\r\n\r\n' }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{"a":' }))).toEqual([]);
  });
});
