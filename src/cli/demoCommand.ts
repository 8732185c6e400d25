// `httpinspect demo`: the lab on a free loopback port, every scenario inspected with its own method,
// and a check that each produced exactly the findings it exists to produce.
import Table from 'cli-table3';
import pkg from '../../package.json';
import { allRules } from '../../rules/index';
import type { Inspection } from '../judge';
import { inspectOne } from './inspectOne';
import { captureOptionsOf } from './inspectCommand';
import { defaultRunOptions } from '../options/resolve';
import { startLab } from '../lab/server';
import { allScenarios } from '../lab/scenarios/index';
import type { Scenario } from '../lab/scenario';
import type { Protocol } from '../http2/types';
import { renderText } from '../report/text';
import { colorsFor } from './colors';
import { EXIT } from '../options/usage';
import { parseProbeNames } from '../options/probes';

export interface ScenarioResult {
  scenario: Scenario;
  inspection: Inspection;
  fired: string[];
  ok: boolean;
}

export async function inspectScenarios(baseUrl: string, scenarios: readonly Scenario[], jobs = 4, protocol: Protocol = 'http/1.1'): Promise<ScenarioResult[]> {
  // The same defaults as `httpinspect <url>` (the option table), so demo shows what a user would see.
  const run = defaultRunOptions();
  const results: ScenarioResult[] = new Array(scenarios.length);
  let next = 0;
  async function worker() {
    while (next < scenarios.length) {
      const i = next++;
      const scenario = scenarios[i]!;
      const body = scenario.request?.body;
      const inspection = await inspectOne(
        {
          url: new URL(`/scenario/${scenario.name}`, baseUrl),
          method: scenario.request?.method ?? 'GET',
          headers: scenario.request?.headers ?? [],
          body: body === undefined ? undefined : Buffer.from(body),
        },
        {
          capture: { ...captureOptionsOf(run), protocol },
          followRedirects: false,
          maxRedirects: 0,
          // Probe scenarios are inspected with their follow-up probes (--probe all).
          probes: parseProbeNames(scenario.probe ?? []),
          compareProtocols: scenario.compare === true,
        },
        allRules,
        { rules: new Map(), maxBody: run.maxBody },
      );
      const fired = [...new Set(inspection.findings.flat().map((f) => f.ruleId))].sort();
      const expected = [...scenario.expect].sort();
      results[i] = { scenario, inspection, fired, ok: JSON.stringify(fired) === JSON.stringify(expected) };
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, scenarios.length) }, worker));
  return results;
}

export async function runDemo(flags: { verbose?: boolean; color: boolean }): Promise<number> {
  const chalk = colorsFor(process.stdout, flags.color);
  const lab = await startLab({ port: 0, host: '127.0.0.1' });
  process.stderr.write(chalk.dim(`* lab listening on ${lab.url} (HTTP/2 with prior knowledge on ${lab.h2cUrl}); inspecting ${allScenarios.length} scenarios\n`));
  let results: ScenarioResult[];
  try {
    // HTTP/1.1 scenarios on the lab's port, HTTP/2 ones with prior knowledge on its h2c port.
    results = [
      ...(await inspectScenarios(lab.url, allScenarios.filter((s) => s.protocol === undefined))),
      ...(await inspectScenarios(lab.h2cUrl, allScenarios.filter((s) => s.protocol === 'h2c'), 4, 'h2c')),
    ];
  } finally {
    await lab.close();
  }
  const width = process.stdout.columns || 120;
  const table = new Table({
    head: ['', 'scenario', 'request', 'status', 'findings'].map((h) => chalk.bold(h)),
    colWidths: [3, 36, 9, 8, Math.max(30, width - 62)],
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const r of results) {
    const res = r.inspection.exchanges[0]?.response;
    const missing = r.scenario.expect.filter((id) => !r.fired.includes(id));
    const unexpected = r.fired.filter((id) => !r.scenario.expect.includes(id));
    const detail = r.ok
      ? r.fired.length > 0 ? r.fired.join('\n') : chalk.green('clean (as expected)')
      : [...missing.map((id) => chalk.red(`missing ${id}`)), ...unexpected.map((id) => chalk.red(`unexpected ${id}`))].join('\n');
    table.push([r.ok ? chalk.green('✔') : chalk.red('✖'), r.scenario.name, r.inspection.exchanges[0]?.request.method ?? '', res ? String(res.status) : '–', detail]);
  }
  process.stdout.write(`${table.toString()}\n`);
  if (flags.verbose) {
    for (const r of results) {
      process.stdout.write(`\n${chalk.bold(`scenario ${r.scenario.name}`)}: ${r.scenario.description}\n`);
      process.stdout.write(renderText([r.inspection], { chalk, showSecrets: false, width, failOn: 'error', tool: { name: pkg.name, version: pkg.version }, rules: allRules }));
    }
  }
  const failed = results.filter((r) => !r.ok);
  const rules = new Set(results.flatMap((r) => r.fired));
  process.stdout.write(
    failed.length === 0
      ? `${chalk.green('✔')} all ${results.length} scenarios behaved as expected; ${rules.size} of ${allRules.length} rules fired where they should\n`
      : `${chalk.red('✖')} ${failed.length} of ${results.length} scenarios did not behave as expected: ${failed.map((r) => r.scenario.name).join(', ')}\n`,
  );
  return failed.length === 0 ? EXIT.ok : EXIT.findings;
}
