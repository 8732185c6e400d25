import { describe, expect, it } from 'vitest';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'content/invalid-content-type';

function respond(...contentTypes: string[]): string {
  return `HTTP/1.1 200 OK\r\n${contentTypes.map((v) => `Content-Type: ${v}\r\n`).join('')}Content-Length: 2\r\n\r\nhi`;
}

describe(ID, () => {
  it('fires on a parameter without "=", naming the header and the reason', () => {
    const response = respond('text/html; charset: utf-8');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('"charset: utf-8" has no "="');
    expect(findings[0]!.evidence).toBe(`Content-Type: text/html; charset: utf-8 at byte ${response.indexOf('Content-Type')}`);
  });

  it('fires on a value without a subtype, and on an empty value', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('json') }))[0]!.message).toContain('no "/"');
    expect(findingsOf(ID, exchangeOf({ response: respond('') }))).toHaveLength(1);
  });

  it('fires on a list of media types, saying so', () => {
    const findings = findingsOf(ID, exchangeOf({ response: respond('text/html, application/json') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('a list of media types');
  });

  it('fires once on several Content-Type lines with different values, naming both', () => {
    const response = respond('text/html; charset=utf-8', 'application/json');
    const findings = findingsOf(ID, exchangeOf({ response }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('2 Content-Type lines with different values');
    expect(findings[0]!.evidence).toContain(`Content-Type: application/json at byte ${response.indexOf('Content-Type: application/json')}`);
  });

  it('stays quiet on valid media types, quoted parameters and repeated equal values', () => {
    expect(findingsOf(ID, exchangeOf({ response: respond('text/html; charset=utf-8') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('multipart/form-data; boundary="a b;c"') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('Text/HTML;Charset="UTF-8"') }))).toEqual([]);
    expect(findingsOf(ID, exchangeOf({ response: respond('text/html; charset=utf-8', 'text/html;charset=UTF-8') }))).toEqual([]);
  });

  it('stays quiet without Content-Type', () => {
    expect(findingsOf(ID, exchangeOf({ response: 'HTTP/1.1 204 No Content\r\n\r\n' }))).toEqual([]);
  });
});
