// `httpinspect <url...>`: inspect, report, and turn findings into an exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import pkg from '../../package.json';
import { allRules } from '../../rules/index';
import type { CaptureOptions } from '../capture/http1';
import type { RuleSetting, Severity } from '../engine/rule';
import { severityRank } from '../engine/run';
import type { Inspection } from '../judge';
import { inspectOne } from './inspectOne';
import { renderVerbose } from '../report/verbose';
import { visible } from '../text/escape';
import { maskerFor, maskUrlsIn } from '../report/secrets';
import { colorsFor } from './colors';
import { readData, type RequestFlags } from './requestOptions';
import { corsSimulationOf, type CorsFlags } from './corsOptions';
import { mapInOrder } from './pool';
import { progressBar } from './progress';
import { targetsFromArgs, targetsFromConfig, targetsFromList, type Target } from './targets';
import { primaryFormatOf, writeReports, type OutputContext, type OutputFlags } from './outputs';
import type { OfflineFlags } from './offlineInput';
import { loadConfig } from '../config/load';
import { mergeHeaders, probesFor, ruleSettingsFor, withRequestDefaults } from '../config/merge';
import { parseProbeNames } from '../options/probes';
import type { Exchange } from '../exchange';
import { didYouMean } from '../options/suggest';
import { EXIT, UsageError } from '../options/usage';
import { parseCount, parseDuration, parseSize } from '../options/units';

export interface InspectFlags extends RequestFlags, CorsFlags, OutputFlags, OfflineFlags {
  /** -c <path>, or false for --no-config. */
  config?: string | false;
  saveHar?: string;
  insecure?: boolean;
  cacert?: string;
  connectTimeout: string;
  tlsTimeout: string;
  firstByteTimeout?: string;
  idleTimeout?: string;
  maxTotalSize?: string;
  maxTime: string;
  extrasTimeout: string;
  maxBody: string;
  maxHeaderSize: string;
  location?: boolean;
  maxRedirs: string;
  verbose?: boolean;
  json?: boolean;
  failOn: Severity | 'none';
  rule?: string[];
  showSecrets?: boolean;
  color: boolean;
  input?: string;
  jobs?: string;
  clients?: boolean;
  probe?: string[];
}

/** Reads an --input list: a file, or standard input for "-". */
function readInput(path: string): string {
  return readData(`@${path}`, '--input').toString('utf8');
}



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

export function captureOptionsOf(flags: InspectFlags, signal?: AbortSignal): CaptureOptions {
  const maxTime = parseDuration(flags.maxTime, '-m/--max-time');
  let ca: Buffer | undefined;
  if (flags.cacert) {
    try {
      ca = readFileSync(flags.cacert);
    } catch {
      throw new UsageError(`cannot read --cacert file "${flags.cacert}"`);
    }
  }
  return {
    version: pkg.version,
    connectTimeout: parseDuration(flags.connectTimeout, '--connect-timeout'),
    tlsTimeout: parseDuration(flags.tlsTimeout ?? '10s', '--tls-timeout'),
    firstByteTimeout: flags.firstByteTimeout === undefined ? maxTime : parseDuration(flags.firstByteTimeout, '--first-byte-timeout'),
    idleTimeout: flags.idleTimeout === undefined ? maxTime : parseDuration(flags.idleTimeout, '--idle-timeout'),
    maxTime,
    extrasTimeout: parseDuration(flags.extrasTimeout, '--extras-timeout'),
    maxHeaderBytes: parseSize(flags.maxHeaderSize, '--max-header-size'),
    maxBody: parseSize(flags.maxBody, '--max-body'),
    maxTotalBytes: flags.maxTotalSize === undefined ? undefined : parseSize(flags.maxTotalSize, '--max-total-size'),
    insecure: flags.insecure === true,
    ca,
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

export async function runInspect(urls: string[], given: InspectFlags, fromCli: (option: string) => boolean = () => true): Promise<number> {
  const startedAt = new Date();
  primaryFormatOf(given); // a bad -f fails before anything is sent
  const config = loadConfig({ cwd: process.cwd(), path: typeof given.config === 'string' ? given.config : undefined, disabled: given.config === false });
  // Precedence: built-in defaults < config file < command line.
  const flags = withRequestDefaults(given, config?.request ?? {}, fromCli);
  if (!fromCli('failOn') && config?.failOn) flags.failOn = config.failOn;
  flags.header = mergeHeaders(config?.request.headers, given.header);
  const cliSettings = ruleSettingsOf(flags.rule ?? []);
  const settings = (exchange: Exchange) => ruleSettingsFor(exchange.url, config, cliSettings);
  const enabledRules = allRules.filter((r) => cliSettings.get(r.meta.id) !== 'off' && config?.rules.get(r.meta.id) !== 'off');

  if (flags.raw !== undefined || flags.har !== undefined) {
    if (flags.probe) throw new UsageError('--probe sends follow-up requests: it cannot be used with --raw or --har (nothing is sent)');
    const { offlineInspections } = await import('./offlineInput');
    const offline = offlineInspections(urls, flags, { rules: settings, maxBody: parseSize(flags.maxBody, '--max-body') }, parseSize(flags.maxHeaderSize, '--max-header-size'));
    for (const warning of offline.warnings) process.stderr.write(`httpinspect: ${visible(warning)}\n`);
    return await finish(offline.inspections, flags, { rules: enabledRules, sources: offline.sources, startedAt }, false);
  }

  let targets = [...targetsFromArgs(urls, flags), ...(flags.input ? targetsFromList(readInput(flags.input), flags.input, flags) : [])];
  // A config file's targets run when the command line names none.
  if (targets.length === 0 && config) targets = targetsFromConfig(config, flags, given.header ?? []);
  if (targets.length === 0) throw new UsageError('no URL given: try `httpinspect https://example.com` or `httpinspect demo`');
  // Checked for every target before anything is sent: a bad --origin is a usage error, not a half-run.
  const corsOf = new Map(targets.map((t) => [t, corsSimulationOf(t.spec, t.origin === undefined ? flags : { ...flags, origin: t.origin })] as const));
  // --probe replaces the config file's probes; an unknown name is a usage error before anything is sent.
  const cliProbes = flags.probe && fromCli('probe') ? parseProbeNames(flags.probe) : undefined;
  const probesOf = (target: Target) => cliProbes ?? parseProbeNames(probesFor(target.spec.url.href, config));
  const jobs = parseCount(flags.jobs ?? '4', '-j/--jobs');
  if (jobs < 1) throw new UsageError('-j/--jobs must be at least 1');
  const maxRedirects = parseCount(flags.maxRedirs, '--max-redirs');
  const abort = new AbortController();
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    abort.abort();
  };
  process.once('SIGINT', onSigint);
  const capture = captureOptionsOf(flags, abort.signal);
  const err = colorsFor(process.stderr, flags.color);
  // Announcements quote Location values: escaped for the terminal, credentials in URLs masked.
  const announce = (message: string) => process.stderr.write(err.dim(`* ${visible(flags.showSecrets ? message : maskUrlsIn(message))}\n`));
  const progress = flags.verbose ? progressBar(process.stderr, 0) : progressBar(process.stderr, targets.length);

  let inspections: Inspection[];
  try {
    inspections = await mapInOrder(
      targets,
      jobs,
      async (target) => {
        const session = { capture, followRedirects: flags.location === true, maxRedirects, announce, cors: corsOf.get(target), probes: probesOf(target) };
        const inspection = await inspectOne(target.spec, session, allRules, { rules: settings, maxBody: capture.maxBody });
        if (flags.verbose) {
          for (const exchange of inspection.exchanges) {
            process.stderr.write(renderVerbose(exchange, { chalk: err, showSecrets: flags.showSecrets === true, maxShown: 64 * 1024 }));
          }
        }
        return inspection;
      },
      (done) => progress.update(done),
      () => interrupted,
    );
  } finally {
    progress.clear();
    process.removeListener('SIGINT', onSigint);
  }

  // --clients: replay the captured responses to real clients on loopback (loaded only here: undici is heavy).
  const clients = flags.clients && !interrupted ? await (await import('../clients/index')).clientReactions(inspections.flatMap((i) => i.exchanges)) : undefined;
  const code = await finish(inspections, flags, { rules: enabledRules, sources: targets.map((t) => t.source), startedAt, clients }, interrupted);
  return code;
}

/** Writes every report (and --save-har), says each transport error on stderr, and returns the exit code. */
async function finish(inspections: Inspection[], flags: InspectFlags, output: OutputContext, interrupted: boolean): Promise<number> {
  const showSecrets = flags.showSecrets === true;
  if (flags.saveHar) {
    const { renderHar } = await import('../report/har');
    const har = renderHar(inspections.flatMap((i) => i.exchanges), {
      showSecrets,
      creator: { name: pkg.name, version: pkg.version },
      startedAt: output.startedAt.getTime(),
      maxBody: parseSize(flags.maxBody, '--max-body'),
    });
    try {
      writeFileSync(flags.saveHar, har);
    } catch (err) {
      throw new UsageError(`cannot write the --save-har file "${flags.saveHar}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  await writeReports(inspections, flags, output);
  // Transport errors are in the report too; stderr gets the one-line diagnosis a script's log shows.
  for (const exchange of inspections.flatMap((i) => i.exchanges)) {
    if (exchange.error) process.stderr.write(`httpinspect: ${visible(maskerFor(exchange, showSecrets)(exchange.error.message))}\n`);
  }
  if (interrupted) return EXIT.interrupted;
  return exitCodeOf(inspections, flags.failOn);
}
