// Differential test: generated valid responses through Node's llhttp (the parser behind Node's http client
// and fetch) and through httpinspect. httpinspect reads every one exactly as generated; llhttp must too,
// except for the known deviations (conformance/differential.ts), each decided by the RFC text it cites.
import { describe, expect, it } from 'vitest';
import { KNOWN_DEVIATIONS } from './conformance/differential';
import { runDifferential } from './conformance/run';

const SEED = Number(process.env.CONFORMANCE_SEED ?? 16);
const CASES = Number(process.env.CONFORMANCE_VALID ?? 400);

describe(`llhttp differential (seed ${SEED}, Node ${process.version}, llhttp ${process.versions.llhttp})`, () => {
  it(`${CASES} valid responses: llhttp agrees on status, headers, body, trailers and end, except the listed deviations`, () => {
    const run = runDifferential(SEED, CASES);
    expect(run.failures.slice(0, 10).join('\n')).toBe('');
    expect(run.agreed).toBeGreaterThan(CASES * 0.8);
    for (const d of KNOWN_DEVIATIONS) expect(run.seen.get(d.id) ?? 0, `${d.id} never generated`).toBeGreaterThan(0);
  }, 60_000);

  it('states each known deviation with the RFC text that decides it', () => {
    expect(KNOWN_DEVIATIONS.map((d) => d.id)).toEqual(['content-length-trailing-tab', 'chunked-then-tab-or-empty-element']);
    for (const d of KNOWN_DEVIATIONS) {
      expect(d.rfc).toMatch(/^RFC 91\d\d §/);
      expect(d.llhttp.length).toBeGreaterThan(20);
    }
  });
});
