// `httpinspect <url...>`: resolve the options, inspect every target, report, and turn findings into an exit code.
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import pkg from '../../package.json';
import { allRules } from '../../rules/index';
import type { CaptureOptions } from '../capture/http1';
import type { RuleSetting, Severity } from '../engine/rule';
import { severityRank } from '../engine/run';
import { effectiveSetting, type Profile } from '../engine/profile';
import type { Inspection } from '../judge';
import { renderVerbose } from '../report/verbose';
import { visible } from '../text/escape';
import { maskUrlsIn } from '../report/secrets';
import { colorsFor } from './colors';
import { readData } from './requestOptions';
import { corsSimulationOf } from './corsOptions';
import { forEachInOrder } from './pool';
import { openReportSink } from './reportSink';
import { progressBar } from './progress';
import { targetsFromArgs, targetsFromConfig, targetsFromList, type Target } from './targets';
import { primaryFormatOf } from './outputs';
import { inspectOne } from './inspectOne';
import { loadConfig } from '../config/load';
import { configLayers } from '../config/layers';
import { mergeHeaders, ruleSettingsFor } from '../config/merge';
import type { ResolvedConfig } from '../config/types';
import type { Exchange, Protocol } from '../exchange';
import { didYouMean } from '../options/suggest';
import { COMMAND_LINE, resolveRunOptions } from '../options/resolve';
import type { OptionKey, RunOptions } from '../options/table';
import { EXIT, UsageError } from '../options/usage';
import { parseProbeNames } from '../options/probes';

export function ruleSettingsOf(entries: readonly string[]): Map<string, RuleSetting> {
  const ids = allRules.map((r) => r.meta.id);
  const settings = new Map<string, RuleSetting>();
  for (const entry of entries) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(entry.trim());
    if (!m) throw new UsageError(`--rule expects <id>=<off|info|warning|error>, not "${entry}"`);
    const id = m[1]!.trim();
    if (!ids.includes(id)) throw new UsageError(`unknown rule "${id}"${didYouMean(id, ids)}; \`httpinspect rules\` lists them`);
    settings.set(id, m[2] as RuleSetting);
  }
  return settings;
}

/**
 * The protocol a run asks for: --http2, --http2-prior-knowledge or --http1.1 (at most one), else --protocol
 * or the config file's `protocol` (per URL when an override says so), else HTTP/1.1.
 */
export function protocolOf(run: Pick<RunOptions, 'http2' | 'http2PriorKnowledge' | 'http1.1' | 'protocol'>): Protocol {
  const flagged: Array<[string, Protocol]> = [];
  if (run.http2) flagged.push(['--http2', 'h2']);
  if (run.http2PriorKnowledge) flagged.push(['--http2-prior-knowledge', 'h2c']);
  if (run['http1.1']) flagged.push(['--http1.1', 'http/1.1']);
  if (flagged.length > 1) throw new UsageError(`${flagged.map(([f]) => f).join(' and ')} contradict each other: choose one protocol`);
  return flagged[0]?.[1] ?? ((run.protocol as Protocol | undefined) ?? 'http/1.1');
}

/** What the capture engine needs from the run options (all numbers already: ms and bytes). */
export function captureOptionsOf(run: RunOptions, signal?: AbortSignal): CaptureOptions {
  let ca: Buffer | undefined;
  if (run.cacert !== undefined) {
    try {
      ca = readFileSync(run.cacert);
    } catch {
      throw new UsageError(`cannot read --cacert file "${run.cacert}"`);
    }
  }
  return {
    version: pkg.version,
    connectTimeout: run.connectTimeout,
    tlsTimeout: run.tlsTimeout,
    firstByteTimeout: run.firstByteTimeout ?? run.maxTime,
    idleTimeout: run.idleTimeout ?? run.maxTime,
    maxTime: run.maxTime,
    extrasTimeout: run.extrasTimeout,
    maxHeaderBytes: run.maxHeaderSize,
    maxBody: run.maxBody,
    maxTotalBytes: run.maxTotalSize,
    insecure: run.insecure,
    ca,
    protocol: protocolOf(run),
    signal,
  };
}

/** The exit code for a finished run (the contract in the README). */
export function exitCodeOf(inspections: readonly Inspection[], failOn: Severity | 'none'): number {
  const exchanges = inspections.flatMap((i) => i.exchanges);
  if (exchanges.length > 0 && exchanges.every((e) => !e.response && e.error)) return EXIT.nothingInspected;
  if (failOn === 'none') return EXIT.ok;
  const threshold = severityRank(failOn);
  const failing = inspections.some((i) => i.findings.flat().some((f) => severityRank(f.severity) <= threshold));
  return failing ? EXIT.findings : EXIT.ok;
}

/** The run options: defaults < config file < command line (per-URL overrides are applied per target). */
export function runOptionsOf(config: ResolvedConfig | undefined, cli: Partial<Record<OptionKey, unknown>>, url?: string): RunOptions {
  const run = resolveRunOptions([...configLayers(config, url), COMMAND_LINE(cli)]);
  // -H layers on top of the file's request headers (a later header replaces one of the same name).
  run.header = mergeHeaders(config?.request.headers, run.header);
  return run;
}

function targetsOf(urls: readonly string[], run: RunOptions, config: ResolvedConfig | undefined, cli: Partial<Record<OptionKey, unknown>>): Target[] {
  const fromList = run.input === undefined ? [] : targetsFromList(readData(`@${run.input}`, '--input').toString('utf8'), run.input, run);
  let targets = [...targetsFromArgs(urls, run), ...fromList];
  // A config file's targets run when the command line names none.
  if (targets.length === 0 && config) targets = targetsFromConfig(config, run, (cli.header as string[] | undefined) ?? []);
  if (targets.length === 0) throw new UsageError('no URL given: try `httpinspect https://example.com` or `httpinspect demo`');
  return targets;
}

/** --shard i/n: the targets at 0-based positions k with k mod n = i-1 (the others are never requested). */
export function shardOf<T>(items: readonly T[], shard: string | undefined): T[] {
  if (shard === undefined) return [...items];
  const m = /^(\d+)\/(\d+)$/.exec(shard.trim());
  const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || n < 1 || i < 1 || i > n) throw new UsageError(`--shard expects <i>/<n> with 1 ≤ i ≤ n, such as 2/4, not "${shard}"`);
  return items.filter((_, k) => k % n === i - 1);
}

export async function runInspect(urls: string[], cli: Partial<Record<OptionKey, unknown>>): Promise<number> {
  const startedAt = new Date();
  const config = loadConfig({ cwd: process.cwd(), path: cli.config as string | undefined, disabled: cli.noConfig === true });
  const run = runOptionsOf(config, cli);
  primaryFormatOf(run); // a bad -f fails before anything is sent
  const cliSettings = ruleSettingsOf(run.rule ?? []);
  const settings = (exchange: Exchange) => ruleSettingsFor(exchange.url, config, cliSettings);
  const profile = run.profile as Profile;
  const enabledRules = allRules.filter((r) => effectiveSetting(r.meta, profile, cliSettings.get(r.meta.id) ?? config?.rules.get(r.meta.id)) !== 'off');

  if (run.raw !== undefined || run.har !== undefined || run.replay !== undefined) {
    if (cli.probe !== undefined) throw new UsageError('--probe sends follow-up requests: it cannot be used with --raw, --har or --replay (nothing is sent)');
    if (run.shard !== undefined) throw new UsageError('--shard splits URL targets (arguments, --input, config targets), not --raw, --har or --replay');
    const { offlineInspections } = await import('./offlineInput');
    const offline = offlineInspections(urls, run, { rules: settings, maxBody: run.maxBody, profile }, run.maxHeaderSize);
    for (const warning of offline.warnings) process.stderr.write(`httpinspect: ${visible(warning)}\n`);
    const sink = await openReportSink(run, { rules: enabledRules, sources: offline.sources, startedAt }, { stream: true, errorLines: true });
    for (const inspection of offline.inspections) sink.add(inspection);
    return await sink.finish(false);
  }

  // Checked for every target before anything is sent: a bad --origin or option override is a usage error, not a half-run.
  const prepared = shardOf(targetsOf(urls, run, config, cli), run.shard).map((target) => {
    const own = config?.overrides.some((o) => Object.keys(o.options).length > 0) ? runOptionsOf(config, cli, target.spec.url.href) : run;
    return { target, run: own, cors: corsSimulationOf(target.spec, target.origin === undefined ? own : { ...own, origin: target.origin }) };
  });
  if (run.jobs < 1) throw new UsageError('-j/--jobs must be at least 1');
  protocolOf(run); // contradicting protocol flags fail before anything is sent
  if (run.compareProtocols) {
    // The request goes out twice: only methods that are safe to repeat.
    const unsafe = prepared.map((p) => p.target).find((t) => !['GET', 'HEAD', 'OPTIONS'].includes(t.spec.method.toUpperCase()));
    if (unsafe) throw new UsageError(`--compare-protocols sends each request twice, so only GET, HEAD and OPTIONS: not ${unsafe.spec.method}`);
  }
  const abort = new AbortController();
  // Every capture in flight (targets × probes × hops) listens on this one signal and removes itself when done:
  // many at once is expected, not a leak, so Node's warning at 11 listeners would only be noise on stderr.
  setMaxListeners(0, abort.signal);
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    abort.abort();
  };
  process.once('SIGINT', onSigint);
  const err = colorsFor(process.stderr, run.noColor !== true);
  // Announcements quote Location values: escaped for the terminal, credentials in URLs masked.
  const said = new Set<string>();
  const announce = (message: string) => {
    // Protocol notes (dropped fields, h2 needing TLS) are said once per run, not once per target.
    if (/^(not sent over HTTP\/2|HTTP\/2 needs TLS)/.test(message)) {
      if (said.has(message)) return;
      said.add(message);
    }
    process.stderr.write(err.dim(`* ${visible(run.showSecrets ? message : maskUrlsIn(message))}\n`));
  };
  const progress = run.verbose ? progressBar(process.stderr, 0) : progressBar(process.stderr, prepared.length);
  const sources = prepared.map((p) => p.target.source);
  const sink = await openReportSink(run, { rules: enabledRules, sources, startedAt }, { stream: true, errorLines: true, beforeWrite: () => progress.clear() });

  // --clients replays every response afterwards, so it keeps the exchanges; otherwise nothing is kept here.
  const exchanges: Exchange[] = [];
  let done = 0;
  try {
    await forEachInOrder(
      prepared,
      run.jobs,
      async ({ target, run: own, cors }, index) => {
        // Started targets are not needed again: let them go, so memory does not grow with the list.
        (prepared as unknown[])[index] = undefined;
        const session = { capture: captureOptionsOf(own, abort.signal), followRedirects: own.location, maxRedirects: own.maxRedirs, announce, cors, compareProtocols: own.compareProtocols, probes: parseProbeNames(own.probe ?? []) };
        const inspection = await inspectOne(target.spec, session, allRules, { rules: settings, maxBody: own.maxBody, profile });
        if (run.verbose) {
          for (const exchange of inspection.exchanges) {
            process.stderr.write(renderVerbose(exchange, { chalk: err, showSecrets: run.showSecrets, maxShown: 64 * 1024, level: run.verbose }));
          }
        }
        progress.update(++done);
        return inspection;
      },
      (inspection) => {
        if (run.clients) exchanges.push(...inspection.exchanges);
        sink.add(inspection);
      },
      () => interrupted,
    );
  } finally {
    progress.clear();
    process.removeListener('SIGINT', onSigint);
  }

  // --clients: replay the captured responses to real clients on loopback (loaded only here: undici is heavy).
  const clients = run.clients && !interrupted ? await (await import('../clients/index')).clientReactions(exchanges) : undefined;
  return await sink.finish(interrupted, clients);
}
