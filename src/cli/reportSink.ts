// Where finished inspections go, in order: the primary report (written as the run goes for text and ndjson,
// so memory stays flat with the number of targets), --record lines, the baseline check, stderr error lines;
// and at the end every report that needs the whole run (--report-*, --save-har, --write-baseline, --clients).
import { closeSync, openSync, writeSync } from 'node:fs';
import pkg from '../../package.json';
import type { Finding, Severity } from '../engine/rule';
import type { Inspection } from '../judge';
import { addTotals, emptyTotals, type ReportContext, type RunTotals } from '../report/format';
import { loadStreamingFormatter, type Format } from '../report/index';
import { maskerFor } from '../report/secrets';
import { visible } from '../text/escape';
import { EXIT, UsageError } from '../options/usage';
import type { RunOptions } from '../options/table';
import type { ClientReaction } from '../clients/reaction';
import type { Exchange } from '../exchange';
import { primaryContextOf, primaryFormatOf, writeFile, writeReportFiles, writeReports, type OutputContext } from './outputs';

export interface SinkOptions {
  /** Write the primary report as the run goes when its format can (text, ndjson). */
  stream: boolean;
  /** Say each transport error on stderr as it comes (the proxy prints its own live lines instead). */
  errorLines: boolean;
  /** Called before the sink writes to stdout (the progress bar clears itself). */
  beforeWrite?: () => void;
}

export interface ReportSink {
  /** The next inspection, in order. */
  add(inspection: Inspection): void;
  /** Writes what is left and returns the exit code. `clients`: --clients results, when asked. */
  finish(interrupted: boolean, clients?: ReadonlyMap<Exchange, readonly ClientReaction[] | null>): Promise<number>;
}

function openFile(path: string, option: string): number {
  try {
    return openSync(path, 'w');
  } catch (err) {
    throw new UsageError(`cannot write the ${option} file "${path}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** The exit code from the run's totals (the contract in the README). */
export function exitCodeOfTotals(totals: RunTotals, failOn: Severity | 'none'): number {
  if (totals.exchanges > 0 && totals.transportErrors === totals.exchanges) return EXIT.nothingInspected;
  if (failOn === 'none') return EXIT.ok;
  return totals.failing > 0 ? EXIT.findings : EXIT.ok;
}

export async function openReportSink(run: RunOptions, output: OutputContext, options: SinkOptions): Promise<ReportSink> {
  const format: Format = primaryFormatOf(run);
  const streaming = options.stream && !run.clients ? await loadStreamingFormatter(format) : undefined;
  const wholeRun = !streaming || run.reportJson || run.reportSarif || run.reportJunit || run.saveHar || run.writeBaseline || run.clients;
  const kept: Inspection[] = [];
  // --baseline and --record are loaded only when asked for (plain inspection stays lean).
  const baselines = run.baseline !== undefined ? await import('./baseline') : undefined;
  const recordLine = run.record !== undefined ? (await import('../report/record')).recordLine : undefined;
  const known = baselines ? new Set<Finding>() : undefined;
  const baseline = baselines && run.baseline !== undefined ? baselines.readBaseline(run.baseline) : undefined;
  const withKnown: OutputContext = { ...output, ...(known ? { known } : {}) };
  const context: ReportContext = primaryContextOf(run, withKnown);
  const recordFd = run.record !== undefined ? openFile(run.record, '--record') : undefined;
  const outFd = streaming && run.outputFile ? openFile(run.outputFile, '-o/--output-file') : undefined;
  const write = (text: string) => {
    if (text === '') return;
    if (outFd !== undefined) writeSync(outFd, text);
    else {
      options.beforeWrite?.();
      process.stdout.write(text);
    }
  };
  let totals = emptyTotals();
  let index = 0;
  return {
    add(inspection) {
      if (baselines && baseline && known) baselines.markKnown(inspection, baseline, known);
      if (recordFd !== undefined && recordLine) {
        for (const exchange of inspection.exchanges) writeSync(recordFd, recordLine(exchange, index, run.maxHeaderSize, run.showSecrets, output.sources[index]));
      }
      if (streaming) write(streaming.inspection(inspection, { index, exchangesBefore: totals.exchanges }, context));
      if (options.errorLines) {
        // Transport errors are in the report too; stderr gets the one-line diagnosis a script's log shows.
        for (const exchange of inspection.exchanges) {
          if (exchange.error) process.stderr.write(`httpinspect: ${visible(maskerFor(exchange, run.showSecrets)(exchange.error.message))}\n`);
        }
      }
      totals = addTotals(totals, inspection, context);
      if (wholeRun) kept.push(inspection);
      index++;
    },
    async finish(interrupted, clients) {
      if (recordFd !== undefined) closeSync(recordFd);
      const final: OutputContext = { ...withKnown, ...(clients ? { clients } : {}) };
      if (run.saveHar !== undefined) {
        const { renderHar } = await import('../report/har');
        const har = renderHar(kept.flatMap((i) => i.exchanges), {
          showSecrets: run.showSecrets,
          creator: { name: pkg.name, version: pkg.version },
          startedAt: output.startedAt.getTime(),
          maxBody: run.maxBody,
        });
        writeFile(run.saveHar, har, '--save-har');
      }
      if (streaming) {
        write(streaming.end(totals, context));
        if (outFd !== undefined) closeSync(outFd);
        await writeReportFiles(kept, run, final);
      } else {
        await writeReports(kept, run, final);
      }
      if (interrupted) return EXIT.interrupted;
      return exitCodeOfTotals(totals, run.failOn as Severity | 'none');
    },
  };
}
