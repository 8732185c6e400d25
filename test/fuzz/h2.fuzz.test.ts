// HTTP/2 fuzz: seeded hostile frame streams into the session the capture uses (in pieces, sometimes byte by
// byte), then every rule and every report; and a sample over a real h2c socket through the capture. Each
// case ends with a report: no exception, no hang, bounded memory, inert output. FUZZ_SEED picks another seed.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { captureExchange } from '../../src/capture/http1';
import { runRules } from '../../src/engine/run';
import type { Exchange } from '../../src/exchange';
import { exchangeFromH2Bytes } from '../../src/http2/fromBytes';
import { renderJson } from '../../src/report/json';
import { renderText } from '../../src/report/text';
import { renderVerbose } from '../../src/report/verbose';
import { UNSAFE } from '../../src/text/escape';
import { h2Server } from '../helpers/h2Server';
import { h2CaseOf, type H2FuzzCase } from './h2cases';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CASES = 1000;
const LIVE = 30;
const chalk = new Chalk({ level: 0 });

function judgeAndRender(exchange: Exchange): string | undefined {
  const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: 1 << 20 });
  const failed = findings[0]!.find((f) => f.ruleId === 'internal/rule-failed');
  if (failed) return failed.message;
  const inspections = [{ exchanges: [exchange], findings, notEvaluated: [[]] }];
  const context = { tool: { name: 'httpinspect', version: 'fuzz' }, rules: allRules, failOn: 'error' as const, showSecrets: false };
  const outputs = {
    text: renderText(inspections, { ...context, chalk, width: 120 }),
    '-vv': renderVerbose(exchange, { chalk, showSecrets: false, maxShown: 64 * 1024, level: 2 }),
  };
  const json = renderJson(inspections, context);
  JSON.parse(json);
  if (json.includes('fuzzCookieS3cret')) return 'JSON output shows the Set-Cookie secret';
  for (const [name, output] of Object.entries(outputs)) {
    const bad = output.replace(/\n/g, '').match(UNSAFE);
    if (bad) return `${name} output contains a raw control character U+${bad[0].charCodeAt(0).toString(16)}`;
    if (output.includes('fuzzCookieS3cret')) return `${name} output shows the Set-Cookie secret`;
  }
  return undefined;
}

const describeCase = (c: H2FuzzCase, problem: string) => `seed ${SEED} case ${c.index} (${c.recipe.join('; ')}): ${problem}`;

describe(`HTTP/2 fuzz (seed ${SEED})`, () => {
  it(`${CASES} generated and mutated frame streams, in-process`, () => {
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = h2CaseOf(SEED, i);
      try {
        const exchange = exchangeFromH2Bytes({ url: new URL('http://127.0.0.1:8081/f'), spec: { method: c.method }, received: c.pieces });
        const problem = judgeAndRender(exchange);
        if (problem) failures.push(describeCase(c, problem));
      } catch (err) {
        failures.push(describeCase(c, `threw: ${err instanceof Error ? err.stack : String(err)}`));
      }
    }
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
  }, 120_000);

  it(`${LIVE} of them over a real h2c socket: every capture ends within -m`, async () => {
    const queue = new Map<string, H2FuzzCase>();
    const server = await h2Server(async (socket, request) => {
      const c = queue.get(request.path);
      if (!c) return socket.destroy();
      for (const piece of c.pieces) if (!socket.destroyed) socket.write(piece);
      if (c.index % 3 === 0) socket.end();
      else socket.on('end', () => socket.end());
    });
    const failures: string[] = [];
    try {
      for (let k = 0; k < LIVE; k++) {
        const c = h2CaseOf(SEED, Math.floor((k * CASES) / LIVE) + 3);
        queue.set(`/f/${c.index}`, c);
        const started = Date.now();
        const exchange = await captureExchange(
          { url: new URL(`${server.url}/f/${c.index}`), method: c.method, headers: [] },
          { version: 'fuzz', protocol: 'h2c', connectTimeout: 1000, tlsTimeout: 1000, firstByteTimeout: 1000, idleTimeout: 300, maxTime: 2000, extrasTimeout: 30, maxHeaderBytes: 64 * 1024, maxBody: 1 << 20, insecure: true },
        );
        if (Date.now() - started > 3500) failures.push(describeCase(c, `took ${Date.now() - started} ms`));
        const problem = judgeAndRender(exchange);
        if (problem) failures.push(describeCase(c, problem));
      }
    } finally {
      await server.close();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);
});
