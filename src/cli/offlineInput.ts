// --raw and --har: inspections of saved responses, judged without touching the network.
import { allRules } from '../../rules/index';
import { exchangesFromHar } from '../input/har';
import { exchangesFromRaw } from '../input/raw';
import type { Inspection } from '../judge';
import { judge, type JudgeSettings } from '../judge';
import { readData } from './requestOptions';
import { UsageError } from '../options/usage';

export interface OfflineFlags {
  raw?: string;
  rawRequest?: string;
  har?: string;
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
  if (flags.raw !== undefined && flags.har !== undefined) throw new UsageError('use either --raw or --har, not both');
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
