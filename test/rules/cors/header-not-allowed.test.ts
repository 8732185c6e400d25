import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/header-not-allowed';
const ACAO = 'Access-Control-Allow-Origin: https://app.example';

describe(ID, () => {
  it('fires when a requested header is not listed, naming it and Access-Control-Allow-Headers', () => {
    const pre = preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT', 'Access-Control-Allow-Headers: Content-Type'], { requestHeaders: 'content-type,x-api-key' });
    const act = actualOf('PUT', [ACAO], { requestHeaders: [['Content-Type', 'application/json'], ['X-Api-Key', 'k']] });
    const f = findingsOf(ID, [pre, act], 0);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe('The preflight does not allow header x-api-key: Access-Control-Allow-Headers lists Content-Type');
    expect(f[0]!.evidence).toContain(`Access-Control-Allow-Headers: Content-Type at byte ${pre.received.indexOf('Access-Control-Allow-Headers')}`);
  });

  it('fires on Authorization under *, and on * for a credentialed request', () => {
    const wildcard = preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'authorization,x-a', credentials: false });
    const f = findingsOf(ID, wildcard);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('does not allow header authorization');
    expect(f[0]!.message).toContain('never covers Authorization');
    const cred = preflightOf('GET', [ACAO, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'x-a', credentials: true });
    expect(findingsOf(ID, cred)[0]!.message).toContain('"*" is no wildcard for a credentialed request');
  });

  it('fires without Access-Control-Allow-Headers, and on an unparsable one', () => {
    expect(findingsOf(ID, preflightOf('GET', [ACAO], { requestHeaders: 'x-a' }))[0]!.message).toContain('has no Access-Control-Allow-Headers');
    expect(findingsOf(ID, preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT', 'Access-Control-Allow-Headers: x-a x-b']))[0]!.message).toContain('cannot be parsed');
  });

  it('stays quiet when every header is listed in any case, or covered by * without credentials', () => {
    expect(findingsOf(ID, preflightOf('GET', [ACAO, 'Access-Control-Allow-Headers: X-Api-Key, Content-Type'], { requestHeaders: 'content-type,x-api-key' }))).toEqual([]);
    expect(findingsOf(ID, preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *'], { requestHeaders: 'x-api-key' }))).toEqual([]);
    expect(findingsOf(ID, preflightOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Headers: *, Authorization'], { requestHeaders: 'authorization', credentials: false }))).toEqual([]);
    expect(findingsOf(ID, preflightOf('DELETE', [ACAO, 'Access-Control-Allow-Methods: DELETE']))).toEqual([]);
  });
});
