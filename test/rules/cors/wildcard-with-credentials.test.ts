import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/wildcard-with-credentials';

describe(ID, () => {
  it('fires on * with Access-Control-Allow-Credentials: true, naming both headers', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Credentials: true']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.evidence).toBe(
      `Access-Control-Allow-Origin: * at byte ${ex.received.indexOf('Access-Control-Allow-Origin')}; Access-Control-Allow-Credentials: true at byte ${ex.received.indexOf('Access-Control-Allow-Credentials')}`,
    );
  });

  it('fires on * answering a credentialed request (Cookie, --credentials, or the preflight of one)', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Cookie', 'sid=1']] }))[0]!.message).toContain('credentialed request');
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *'], { credentials: true }))).toHaveLength(1);
    const pre = preflightOf('PUT', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT']);
    const act = actualOf('PUT', ['Access-Control-Allow-Origin: *'], { credentials: true });
    expect(findingsOf(ID, [pre, act], 0)).toHaveLength(1);
  });

  it('stays quiet on * answering a request that carries Authorization without credentials', () => {
    const pre = preflightOf('PUT', ['Access-Control-Allow-Origin: *', 'Access-Control-Allow-Methods: PUT', 'Access-Control-Allow-Headers: authorization'], { requestHeaders: 'authorization' });
    const act = actualOf('PUT', ['Access-Control-Allow-Origin: *'], { requestHeaders: [['Authorization', 'Bearer t']] });
    expect(findingsOf(ID, [pre, act], 0)).toEqual([]);
    expect(findingsOf(ID, [pre, act], 1)).toEqual([]);
  });

  it('stays quiet on * without credentials, and on the exact origin with credentials', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Credentials: true', 'Vary: Origin'], { credentials: true }))).toEqual([]);
  });
});
