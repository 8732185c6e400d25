// `httpinspect merge a.json b.json …`: the JSON reports of --shard runs combined into one report (any format),
// exiting as one unsharded run would (1 for findings at --fail-on, 3 when nothing could be inspected).
import { allRules } from '../../rules/index';
import type { Severity } from '../engine/rule';
import { inspectionsFromReport, type ReportInput } from '../input/jsonReport';
import { totalsOf } from '../report/format';
import { parseOptionValue } from '../options/parse';
import { optionSpec } from '../options/table';
import { UsageError } from '../options/usage';
import { writeReports } from './outputs';
import { readData } from './requestOptions';
import { exitCodeOfTotals } from './reportSink';

export interface MergeFlags {
  format?: string;
  outputFile?: string;
  failOn?: string;
  color: boolean;
}

/** Targets listed in files come back in file and line order (an unsharded run's order); others keep theirs. */
function ordered(parts: readonly ReportInput[]): ReportInput {
  const all = parts.flatMap((p) => p.inspections.map((inspection, i) => ({ inspection, source: p.sources[i] })));
  if (all.every((x) => x.source?.line !== undefined)) {
    all.sort((a, b) => (a.source!.file === b.source!.file ? a.source!.line! - b.source!.line! : a.source!.file < b.source!.file ? -1 : 1));
  }
  return { inspections: all.map((x) => x.inspection), sources: all.map((x) => x.source) };
}

export async function runMerge(files: readonly string[], flags: MergeFlags): Promise<number> {
  const format = parseOptionValue(optionSpec('format'), flags.format ?? 'json', '-f/--format') as string;
  const failOn = parseOptionValue(optionSpec('failOn'), flags.failOn ?? 'error', '--fail-on') as Severity | 'none';
  if (files.length === 0) throw new UsageError('merge needs at least one JSON report');
  const merged = ordered(files.map((file) => inspectionsFromReport(readData(`@${file}`, 'merge').toString('utf8'), file)));
  await writeReports(
    merged.inspections,
    { format, json: false, outputFile: flags.outputFile, reportJson: undefined, reportSarif: undefined, reportJunit: undefined, noColor: !flags.color, showSecrets: false, failOn },
    { rules: allRules, sources: merged.sources, startedAt: new Date() },
  );
  return exitCodeOfTotals(totalsOf(merged.inspections, { failOn }), failOn);
}
