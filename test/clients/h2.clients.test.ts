// --clients on HTTP/2: captured h2c responses replayed over TLS (ALPN h2) to Node's http2, undici (allowH2)
// and curl --http2. The well-behaved response is read by all; a defect makes the strict ones fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableRunners, defaultH2Runners, reactionsOf, type ClientReaction } from '../../src/clients/index';
import { captureExchange } from '../../src/capture/http1';
import { startLab, type Lab } from '../../src/lab/server';
import { captureOptions, get } from '../hostile/helpers';

let lab: Lab;
const reactions = new Map<string, ClientReaction[]>();
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
  const runners = await availableRunners(defaultH2Runners());
  for (const name of ['h2-ok', 'h2-connection-specific-header', 'h2-uppercase-header-name', 'h2-body-on-204']) {
    const exchange = await captureExchange(get(`${lab.h2cUrl}/scenario/${name}`), captureOptions({ protocol: 'h2c' }));
    reactions.set(name, (await reactionsOf(exchange, {}, runners))!);
  }
}, 60_000);
afterAll(() => lab.close());

const byName = (scenario: string, client: string) => reactions.get(scenario)!.find((r) => r.name === client);

describe('HTTP/2 responses replayed to real clients', () => {
  it('uses the HTTP/2 clients for an HTTP/2 exchange', () => {
    const names = reactions.get('h2-ok')!.map((r) => r.name);
    expect(names).toContain('Node http2');
    expect(names).toContain('undici (allowH2)');
  });

  it('every client reads the well-behaved response', () => {
    for (const r of reactions.get('h2-ok')!) expect(r, `${r.name}: ${r.detail}`).toMatchObject({ outcome: 'ok', status: 200 });
  });

  it('Node http2 rejects a connection-specific field and an uppercase name (the status is lost)', () => {
    for (const scenario of ['h2-connection-specific-header', 'h2-uppercase-header-name']) {
      const r = byName(scenario, 'Node http2')!;
      expect(r.outcome, `${scenario}: ${r.detail}`).toBe('error');
      expect(r.status).toBeNull();
    }
  });

  it('reports what each client makes of DATA on a 204', () => {
    const list = reactions.get('h2-body-on-204')!;
    expect(list.length).toBeGreaterThan(1);
    for (const r of list) expect(['ok', 'error']).toContain(r.outcome);
  });
});
