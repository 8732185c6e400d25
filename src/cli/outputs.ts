// Where reports go: one primary format (stdout, or -o file) plus any number of report files in one run.
import { writeFileSync } from 'node:fs';
import pkg from '../../package.json';
import type { ClientReaction } from '../clients/reaction';
import type { Rule, Severity } from '../engine/rule';
import type { Exchange } from '../exchange';
import type { Inspection } from '../inspect';
import type { FormatContext, SourceLocation } from '../report/format';
import { renderJson } from '../report/json';
import { renderText } from '../report/text';
import { colorsFor } from './colors';
import { UsageError } from './usage';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputFlags {
  format?: string;
  json?: boolean;
  outputFile?: string;
  reportJson?: string;
  reportSarif?: string;
  reportJunit?: string;
  color: boolean;
  showSecrets?: boolean;
  failOn: Severity | 'none';
}

/** The primary format, checked before anything is sent so a typo costs no request. */
export function primaryFormatOf(flags: OutputFlags): Format {
  const format = flags.format ?? (flags.json ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`-f/--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  if (flags.json && format !== 'json') throw new UsageError(`--json and -f ${format} ask for two formats on stdout; use -f ${format} with --report-json <file>`);
  return format as Format;
}

export interface OutputContext {
  rules: readonly Rule[];
  sources: ReadonlyArray<SourceLocation | undefined>;
  startedAt: Date;
  /** --clients results, shown by the text and JSON reports. */
  clients?: ReadonlyMap<Exchange, readonly ClientReaction[] | null>;
}

// The machine formats load only when asked for: plain inspection never parses them.
async function render(format: Format, inspections: readonly Inspection[], flags: OutputFlags, context: FormatContext & Pick<OutputContext, 'clients'>, toTerminal: boolean): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(inspections, {
        chalk: colorsFor(process.stdout, flags.color && toTerminal),
        showSecrets: context.showSecrets,
        width: (toTerminal && process.stdout.columns) || 120,
        failOn: flags.failOn,
        clients: context.clients,
      });
    case 'json':
      return renderJson(inspections, { showSecrets: context.showSecrets, tool: context.tool, clients: context.clients });
    case 'sarif':
      return (await import('../report/sarif')).renderSarif(inspections, context);
    case 'junit':
      return (await import('../report/junit')).renderJunit(inspections, context);
    case 'github':
      return (await import('../report/github')).renderGithub(inspections, context);
  }
}

function writeFile(path: string, text: string, option: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`cannot write the ${option} file "${path}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export async function writeReports(inspections: readonly Inspection[], flags: OutputFlags, output: OutputContext): Promise<void> {
  const format = primaryFormatOf(flags);
  const context: FormatContext & Pick<OutputContext, 'clients'> = {
    tool: { name: pkg.name, version: pkg.version },
    rules: output.rules,
    failOn: flags.failOn,
    showSecrets: flags.showSecrets === true,
    sources: output.sources,
    startedAt: output.startedAt,
    clients: output.clients,
  };
  if (flags.outputFile) writeFile(flags.outputFile, await render(format, inspections, flags, context, false), '-o/--output-file');
  else process.stdout.write(await render(format, inspections, flags, context, true));
  if (format === 'github') {
    const github = await import('../report/github');
    github.appendGithubStepSummary(github.renderGithubSummary(inspections, context));
  }
  if (flags.reportJson) writeFile(flags.reportJson, await render('json', inspections, flags, context, false), '--report-json');
  if (flags.reportSarif) writeFile(flags.reportSarif, await render('sarif', inspections, flags, context, false), '--report-sarif');
  if (flags.reportJunit) writeFile(flags.reportJunit, await render('junit', inspections, flags, context, false), '--report-junit');
}
