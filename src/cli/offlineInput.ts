// --raw and --har: inspections of saved responses, judged without touching the network.
import { allRules } from '../../rules/index';
import { exchangesFromHar } from '../input/har';
import { exchangesFromRaw } from '../input/raw';
import { inspectionsFromRecord } from '../input/record';
import type { Inspection } from '../judge';
import { judge, type JudgeSettings } from '../judge';
import { readData } from './requestOptions';
import { UsageError } from '../options/usage';

export interface OfflineFlags {
  raw?: string;
  rawRequest?: string;
  har?: string;
  replay?: string;
  request?: string;
}

export interface OfflineInput {
  inspections: Inspection[];
  /** Where each inspection came from, for reports that point at a file. */
  sources: Array<{ file: string }>;
  /** Notes on how the file was probably saved, for stderr. */
  warnings: string[];
}

export function offlineInspections(urls: readonly string[], flags: OfflineFlags, settings: JudgeSettings, maxHeaderBytes: number): OfflineInput {
  const given = [flags.raw !== undefined && '--raw', flags.har !== undefined && '--har', flags.replay !== undefined && '--replay'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`use one of --raw, --har and --replay, not ${given.join(' and ')}`);
  if (flags.replay !== undefined) {
    if (urls.length > 0) throw new UsageError('--replay reads its URLs from the record file; give no URL arguments with it');
    const groups = inspectionsFromRecord(readData(`@${flags.replay}`, '--replay').toString('utf8'), flags.replay);
    // Each recorded inspection is judged as it was live (a preflight with its request, redirect hops together),
    // and points at the file (and line) that listed its target, else at the record.
    return {
      inspections: groups.map((g) => judge(g.exchanges, allRules, settings)),
      sources: groups.map((g) => g.input ?? { file: flags.replay! }),
      warnings: [],
    };
  }
  if (flags.rawRequest !== undefined && flags.raw === undefined) throw new UsageError('--raw-request goes with --raw');
  if (flags.raw !== undefined) {
    if (urls.length > 1) throw new UsageError('--raw takes at most one URL: the one the saved response came from');
    const { exchanges, warnings } = exchangesFromRaw(readData(`@${flags.raw}`, '--raw'), {
      method: flags.request,
      url: urls[0],
      request: flags.rawRequest === undefined ? undefined : readData(`@${flags.rawRequest}`, '--raw-request'),
      maxHeaderBytes,
    });
    return { inspections: [judge(exchanges, allRules, settings)], sources: [{ file: flags.raw }], warnings };
  }
  if (urls.length > 0) throw new UsageError('--har reads its URLs from the file; give no URL arguments with it');
  const { exchanges, warnings } = exchangesFromHar(readData(`@${flags.har!}`, '--har'), { label: flags.har!, maxHeaderBytes });
  // One inspection for the whole HAR, so a CORS preflight and its request are judged together.
  return { inspections: [judge(exchanges, allRules, settings)], sources: [{ file: flags.har! }], warnings };
}
