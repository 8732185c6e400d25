import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf } from '../../cors/helpers';

const ID = 'cors/invalid-allow-origin';

describe(ID, () => {
  it('fires on a list of origins, naming the header', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: https://app.example, https://b.example']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('a list of origins');
    expect(f[0]!.evidence).toBe(`Access-Control-Allow-Origin: https://app.example, https://b.example at byte ${ex.received.indexOf('Access-Control')}`);
  });

  it('fires once on two header lines, pointing at the second', () => {
    const ex = actualOf('GET', ['Access-Control-Allow-Origin: https://app.example', 'Access-Control-Allow-Origin: https://app.example']);
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2 header lines');
    expect(f[0]!.location?.offset).toBe(ex.received.lastIndexOf('Access-Control-Allow-Origin'));
  });

  it.each(['https://app.example/', 'app.example', '', 'https://*.example', 'true'])('fires on %j', (value) => {
    expect(findingsOf(ID, actualOf('GET', [`Access-Control-Allow-Origin: ${value}`]))).toHaveLength(1);
  });

  it('fires without Origin too: the value can match no origin at all', () => {
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://a.example https://b.example'], { origin: null }))).toHaveLength(1);
  });

  it.each(['https://app.example', 'http://localhost:3000', '*', 'null', 'https://other.example'])('stays quiet on %j', (value) => {
    expect(findingsOf(ID, actualOf('GET', [`Access-Control-Allow-Origin: ${value}`, 'Vary: Origin']))).toEqual([]);
  });
});
