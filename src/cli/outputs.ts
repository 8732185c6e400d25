// Where reports go: one primary format (stdout, or -o file) plus any number of report files in one run.
// Formatters are pure; every write (files, stdout, the GitHub step summary) happens here.
import { appendFileSync, writeFileSync } from 'node:fs';
import pkg from '../../package.json';
import type { ClientReaction } from '../clients/reaction';
import type { Finding, Rule, Severity } from '../engine/rule';
import type { Exchange } from '../exchange';
import type { Inspection } from '../judge';
import type { ReportContext, SourceLocation } from '../report/format';
import { FORMATS, isFormat, loadFormatter, loadGithubSummary, type Format } from '../report/index';
import { colorsFor } from './colors';
import { UsageError } from '../options/usage';
import type { RunOptions } from '../options/table';

export { FORMATS, type Format };

export type OutputFlags = Pick<RunOptions, 'format' | 'json' | 'outputFile' | 'reportJson' | 'reportSarif' | 'reportJunit' | 'noColor' | 'showSecrets' | 'failOn'> &
  Partial<Pick<RunOptions, 'writeBaseline'>>;

/** The primary format, checked before anything is sent so a typo costs no request. */
export function primaryFormatOf(flags: OutputFlags): Format {
  const format = flags.format ?? (flags.json ? 'json' : 'text');
  if (!isFormat(format)) throw new UsageError(`-f/--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  if (flags.json && format !== 'json') throw new UsageError(`--json and -f ${format} ask for two formats on stdout; use -f ${format} with --report-json <file>`);
  return format;
}

export interface OutputContext {
  rules: readonly Rule[];
  sources: ReadonlyArray<SourceLocation | undefined>;
  startedAt: Date;
  /** --clients results, shown by the text and JSON reports. */
  clients?: ReadonlyMap<Exchange, readonly ClientReaction[] | null>;
  /** --baseline: the findings it already had. */
  known?: ReadonlySet<Finding>;
  /** `httpinspect proxy`: what it tunnelled without inspecting (and its reports group findings). */
  proxy?: ReportContext['proxy'];
}

export function writeFile(path: string, text: string, option: string, append = false): void {
  try {
    if (append) appendFileSync(path, text);
    else writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`cannot write the ${option} file "${path}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** What every format is given besides the inspections (colors and width are added for the terminal). */
export function reportContextOf(flags: OutputFlags, output: OutputContext): ReportContext {
  return {
    tool: { name: pkg.name, version: pkg.version },
    rules: output.rules,
    failOn: flags.failOn as Severity | 'none',
    showSecrets: flags.showSecrets === true,
    sources: output.sources,
    startedAt: output.startedAt,
    clients: output.clients,
    ...(output.known ? { known: output.known } : {}),
    ...(output.proxy ? { proxy: output.proxy } : {}),
  };
}

/** The primary report's context: colors and the terminal's width only when the text goes to a terminal. */
export function primaryContextOf(flags: OutputFlags, output: OutputContext): ReportContext {
  const toTerminal = !flags.outputFile;
  return {
    ...reportContextOf(flags, output),
    chalk: colorsFor(process.stdout, flags.noColor !== true && toTerminal),
    width: (toTerminal && process.stdout.columns) || 120,
  };
}

export async function writeReports(inspections: readonly Inspection[], flags: OutputFlags, output: OutputContext): Promise<void> {
  const format = primaryFormatOf(flags);
  const primary = await (await loadFormatter(format))(inspections, primaryContextOf(flags, output));
  if (flags.outputFile) writeFile(flags.outputFile, primary, '-o/--output-file');
  else process.stdout.write(primary);
  await writeReportFiles(inspections, flags, output);
}

/** Everything besides the primary report: --report-* files, --write-baseline, the GitHub step summary. */
export async function writeReportFiles(inspections: readonly Inspection[], flags: OutputFlags, output: OutputContext): Promise<void> {
  const context = reportContextOf(flags, output);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (primaryFormatOf(flags) === 'github' && summaryFile) {
    const markdown = (await loadGithubSummary())(inspections, context);
    writeFile(summaryFile, `\n${markdown}`, 'GITHUB_STEP_SUMMARY', true);
  }
  const files: Array<[string | undefined, Format, string, ReportContext]> = [
    [flags.reportJson, 'json', '--report-json', context],
    [flags.reportSarif, 'sarif', '--report-sarif', context],
    [flags.reportJunit, 'junit', '--report-junit', context],
    // A baseline is matched on masked evidence, so it is always written masked.
    [flags.writeBaseline, 'json', '--write-baseline', { ...context, showSecrets: false, known: undefined }],
  ];
  for (const [path, name, option, own] of files) {
    if (path) writeFile(path, (await loadFormatter(name))(inspections, own), option);
  }
}
