import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/method-not-allowed';
const ACAO = 'Access-Control-Allow-Origin: https://app.example';

describe(ID, () => {
  it('fires when the preflight does not list the method, naming Access-Control-Allow-Methods', () => {
    const pre = preflightOf('DELETE', [ACAO, 'Access-Control-Allow-Methods: GET, POST']);
    const f = findingsOf(ID, [pre, actualOf('DELETE', [ACAO])], 0);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe('The preflight does not allow method DELETE: Access-Control-Allow-Methods lists GET, POST');
    expect(f[0]!.evidence).toContain(`Access-Control-Allow-Methods: GET, POST at byte ${pre.received.indexOf('Access-Control-Allow-Methods')}`);
    expect(f[0]!.evidence).toContain('request Access-Control-Request-Method: DELETE');
  });

  it('fires without Access-Control-Allow-Methods, on a case mismatch, and on * for a credentialed request', () => {
    expect(findingsOf(ID, preflightOf('PUT', [ACAO]))).toHaveLength(1);
    expect(findingsOf(ID, preflightOf('PATCH', [ACAO, 'Access-Control-Allow-Methods: patch']))[0]!.message).toContain('case-sensitive');
    const pre = preflightOf('PATCH', [ACAO, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Methods: *']);
    const act = actualOf('PATCH', [ACAO, 'Access-Control-Allow-Credentials: true'], { requestHeaders: [['Cookie', 'sid=1']] });
    expect(findingsOf(ID, [pre, act], 0)[0]!.message).toContain('"*" is no wildcard for a credentialed request');
  });

  it('fires on an unparsable list even for a safelisted method', () => {
    const f = findingsOf(ID, preflightOf('GET', [ACAO, 'Access-Control-Allow-Methods: GET;POST'], { requestHeaders: 'x-a' }));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('cannot be parsed');
  });

  it('stays quiet on a listed method, a safelisted one, * without credentials, and a failed preflight', () => {
    expect(findingsOf(ID, preflightOf('DELETE', [ACAO, 'Access-Control-Allow-Methods: GET,DELETE']))).toEqual([]);
    expect(findingsOf(ID, preflightOf('POST', [ACAO], { requestHeaders: 'x-a' }))).toEqual([]);
    expect(findingsOf(ID, preflightOf('PATCH', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: *']))).toEqual([]);
    expect(findingsOf(ID, preflightOf('DELETE', [ACAO], { status: 404 }))).toEqual([]);
  });
});
