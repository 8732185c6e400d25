// `httpinspect proxy`: lint the traffic a test suite already makes. Starts the linting proxy (src/proxy/),
// judges each exchange as it completes (one stderr line per finding), optionally runs a command with the
// proxy's URL in its environment, and at the end writes the report in any format and sets the exit code.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { allRules } from '../../rules/index';
import type { Exchange } from '../exchange';
import { judge } from '../judge';
import { parseProbeNames } from '../options/probes';
import { runProbes } from '../capture/probes/run';
import { probeSpecOf } from '../proxy/probeSpec';
import { configLayers } from '../config/layers';
import { ruleSettingsFor } from '../config/merge';
import { loadConfig } from '../config/load';
import { COMMAND_LINE, resolveRunOptions } from '../options/resolve';
import type { OptionKey, RunOptions } from '../options/table';
import { parseCount } from '../options/units';
import { EXIT, UsageError } from '../options/usage';
import { emptyTally, tallyFindings } from '../proxy/groups';
import { liveLines } from '../proxy/liveLines';
import { startProxy } from '../proxy/server';
import type { TunnelResult } from '../proxy/tunnel';
import type { NotInspected } from '../report/format';
import { renderVerbose } from '../report/verbose';
import { colorsFor } from './colors';
import { visible } from '../text/escape';
import { captureOptionsOf, ruleSettingsOf } from './inspectCommand';
import { primaryFormatOf } from './outputs';
export { PROXY_OPTION_KEYS } from './proxyKeys';
import { openReportSink } from './reportSink';

export interface ProxyFlags {
  upstream?: string;
  port: string;
  host: string;
}

function upstreamOf(text: string | undefined): URL | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--upstream must be a URL such as http://127.0.0.1:3000, not "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--upstream must be an http:// or https:// URL, not "${text}"`);
  return url;
}

/** Drops body bytes once judged, so memory stays flat with the number of exchanges (findings are kept). */
function slim(exchange: Exchange): void {
  const headEnd = exchange.response?.headerEnd ?? Math.min(exchange.received.length, 64 * 1024);
  exchange.received = Buffer.from(exchange.received.subarray(0, headEnd));
  exchange.sent = Buffer.from(exchange.sent.subarray(0, exchange.sent.length - exchange.request.bodySize));
}

/** Runs the command with the proxy in its environment; resolves with its exit code (128+n when killed by signal n). */
function runChild(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGTERM', forward);
    process.on('SIGINT', forward);
    const done = (code: number) => {
      process.removeListener('SIGTERM', forward);
      process.removeListener('SIGINT', forward);
      resolve(code);
    };
    child.once('error', (err: NodeJS.ErrnoException) => {
      process.stderr.write(`httpinspect proxy: cannot run "${command[0]}": ${err.code === 'ENOENT' ? 'command not found' : err.message}\n`);
      done(err.code === 'ENOENT' ? 127 : 126);
    });
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1)));
  });
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export async function runProxy(command: readonly string[], flags: ProxyFlags, cli: Partial<Record<OptionKey, unknown>>): Promise<number> {
  const startedAt = new Date();
  const config = loadConfig({ cwd: process.cwd(), path: cli.config as string | undefined, disabled: cli.noConfig === true });
  const run: RunOptions = resolveRunOptions([...configLayers(config, undefined), COMMAND_LINE(cli)]);
  primaryFormatOf(run);
  const upstream = upstreamOf(flags.upstream);
  const port = parseCount(flags.port, '--port');
  if (port > 65535) throw new UsageError(`--port must be 0–65535, not ${port}`);
  const cliSettings = ruleSettingsOf(run.rule ?? []);
  const settings = (exchange: Exchange) => ruleSettingsFor(exchange.url, config, cliSettings);
  const enabledRules = allRules.filter((r) => cliSettings.get(r.meta.id) !== 'off' && config?.rules.get(r.meta.id) !== 'off');
  const err = colorsFor(process.stderr, run.noColor !== true);

  const notInspected: NotInspected[] = [];
  const tally = emptyTally();
  // -f ndjson is written as exchanges complete (nothing kept but the grouped findings); other formats at the end.
  const stream = primaryFormatOf(run) === 'ndjson';
  const sink = await openReportSink(run, { rules: enabledRules, sources: [], startedAt, proxy: { notInspected, groups: tally.groups } }, { stream, errorLines: false });
  const onTunnel = (tunnel: TunnelResult) => {
    const reason = tunnel.error ?? 'HTTPS tunnelled without inspection';
    const same = notInspected.find((t) => t.host === tunnel.host && t.port === tunnel.port && t.reason === reason);
    if (same) same.count++;
    else notInspected.push({ method: 'CONNECT', host: tunnel.host, port: tunnel.port, count: 1, reason });
    process.stderr.write(`${err.yellow('⚠')} CONNECT ${visible(tunnel.host)}:${tunnel.port} → ${visible(reason)}\n`);
  };
  const probes = parseProbeNames(run.probe ?? []);
  const announce = (message: string) => process.stderr.write(err.dim(`* ${visible(message)}\n`));
  const report = (exchanges: Exchange[]) => {
    const inspection = judge(exchanges, allRules, { rules: settings, maxBody: run.maxBody });
    if (run.verbose) for (const exchange of exchanges) process.stderr.write(renderVerbose(exchange, { chalk: err, showSecrets: run.showSecrets, maxShown: 64 * 1024, level: run.verbose }));
    for (const line of liveLines(inspection, err)) process.stderr.write(`${line}\n`);
    tallyFindings(tally, inspection);
    sink.add(inspection);
    if (run.saveHar === undefined) exchanges.forEach(slim);
  };
  // --probe: after a proxied GET or HEAD has been relayed, its probes run (only GET, HEAD, OPTIONS; announced);
  // the report waits for them. An unsafe request is never followed by a probe, let alone repeated.
  const probing = new Set<Promise<void>>();
  const onExchange = (exchange: Exchange) => {
    const spec = probes.size > 0 ? probeSpecOf(exchange) : undefined;
    if (!spec) return report([exchange]);
    const exchanges = [exchange];
    const done = runProbes(exchanges, 0, spec, { names: probes, capture: captureOptionsOf(run), announce })
      .then(() => report(exchanges))
      .finally(() => probing.delete(done));
    probing.add(done);
  };

  let proxy;
  try {
    proxy = await startProxy({
      upstream,
      host: flags.host,
      port,
      capture: captureOptionsOf(run),
      maxRequestBytes: run.maxHeaderSize + run.maxBody,
      onExchange,
      onTunnel,
      onRefused: (reason) => process.stderr.write(`${err.red('✖')} refused a client request: ${visible(reason)}\n`),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port (0 picks a free one)` : `cannot listen on ${flags.host}:${port}: ${(e as Error).message}`);
  }
  process.stderr.write(`httpinspect proxy: listening on ${proxy.url} (${upstream ? `reverse proxy to ${upstream.origin}` : 'forward proxy for http://; CONNECT tunnelled, not inspected'})\n`);

  let commandCode = 0;
  if (command.length > 0) {
    const env: NodeJS.ProcessEnv = { ...process.env, HTTPINSPECT_PROXY_URL: proxy.url };
    if (!upstream) Object.assign(env, { HTTP_PROXY: proxy.url, http_proxy: proxy.url });
    commandCode = await runChild([...command], env);
  } else {
    process.stderr.write('httpinspect proxy: Ctrl-C (or SIGTERM) stops it and writes the report\n');
    await untilSignal();
  }
  await proxy.close();
  await Promise.all(probing);
  const code = await sink.finish(false);
  if (commandCode !== 0) return commandCode;
  return code === EXIT.findings ? EXIT.findings : EXIT.ok;
}
