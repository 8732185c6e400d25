import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/error-in-200-body';

function jsonResponse(body: string, status = '200 OK', type = 'application/json'): string {
  return `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body, 'latin1')}\r\n\r\n${body}`;
}

describe(ID, () => {
  it('fires on "success": false, quoting the member and pointing at the body', () => {
    const response = jsonResponse('{"success":false,"message":"user not found"}');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('"success": false');
    expect(findings[0]!.evidence).toBe(`top-level member "success": false in the JSON body at byte ${response.indexOf('{')}`);
    expect(findings[0]!.location).toEqual({ part: 'body', offset: response.indexOf('{') });
  });

  it('fires on each failure signal', () => {
    const bodies = [
      '{"error":"not found"}',
      '{"error":true}',
      '{"error":{"code":404}}',
      '{"error":["bad"]}',
      '{"ok":false}',
      '{"status":"error"}',
      '{"status":"FAIL"}',
      '{"status":"failed","data":null}',
      '{"Success":false}',
    ];
    for (const body of bodies) {
      expect(findingsOf(ID, exchangeOf({ response: jsonResponse(body) })), body).toHaveLength(1);
    }
  });

  it('quotes every offending member, and fires on +json, other 2xx and gzip-coded bodies', () => {
    const findings = findingsOf(ID, exchangeOf({ response: jsonResponse('{"ok":false,"error":"nope"}', '201 Created', 'application/vnd.api+json') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toContain('members "ok": false, "error": "nope"');
    const gz = gzipSync('{"error":"boom"}');
    const head = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`;
    expect(findingsOf(ID, exchangeOf({ response: Buffer.concat([Buffer.from(head, 'latin1'), gz]) }))).toHaveLength(1);
  });

  it('stays quiet on non-failures', () => {
    const bodies = [
      '{"errors":[]}',
      '{"error":null}',
      '{"error":false}',
      '{"error":""}',
      '{"error":{}}',
      '{"error":[]}',
      '{"status":200}',
      '{"status":"ok","success":true}',
      '{"data":{"error":"nested items are per-item results"}}',
      '[{"error":"in an array"}]',
      '{"success":false', // invalid JSON: content/invalid-json reports it
    ];
    for (const body of bodies) {
      expect(findingsOf(ID, exchangeOf({ response: jsonResponse(body) })), body).toEqual([]);
    }
  });

  it('stays quiet on a non-2xx and on a non-JSON media type', () => {
    expect(findingsOf(ID, exchangeOf({ response: jsonResponse('{"error":"not found"}', '404 Not Found') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: jsonResponse('{"error":"x"}', '200 OK', 'text/plain; charset=utf-8') }))).toEqual([]);
  });
});
