// Explanations of the probe rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import status206MissingHeaders from './206-missing-headers.explain';
import status304ChangedValidator from './304-changed-validator.explain';
import status304MissingHeaders from './304-missing-headers.explain';
import allowInconsistent from './allow-inconsistent.explain';
import connectionReuseDesync from './connection-reuse-desync.explain';
import encodingChangesContent from './encoding-changes-content.explain';
import encodingNotOffered from './encoding-not-offered.explain';
import encodingNotRequested from './encoding-not-requested.explain';
import encodingSameStrongEtag from './encoding-same-strong-etag.explain';
import encodingWithoutVary from './encoding-without-vary.explain';
import etagNotHonored from './etag-not-honored.explain';
import headGetMismatch from './head-get-mismatch.explain';
import keepAliveRefused from './keep-alive-refused.explain';
import lastModifiedNotHonored from './last-modified-not-honored.explain';
import optionsNotSupported from './options-not-supported.explain';
import rangeIgnored from './range-ignored.explain';
import rangeIncorrect from './range-incorrect.explain';
import rangeWrongLength from './range-wrong-length.explain';
import unsatisfiableRange from './unsatisfiable-range.explain';

export const probeExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'probe/206-missing-headers': status206MissingHeaders,
  'probe/304-changed-validator': status304ChangedValidator,
  'probe/304-missing-headers': status304MissingHeaders,
  'probe/allow-inconsistent': allowInconsistent,
  'probe/connection-reuse-desync': connectionReuseDesync,
  'probe/encoding-changes-content': encodingChangesContent,
  'probe/encoding-not-offered': encodingNotOffered,
  'probe/encoding-not-requested': encodingNotRequested,
  'probe/encoding-same-strong-etag': encodingSameStrongEtag,
  'probe/encoding-without-vary': encodingWithoutVary,
  'probe/etag-not-honored': etagNotHonored,
  'probe/head-get-mismatch': headGetMismatch,
  'probe/keep-alive-refused': keepAliveRefused,
  'probe/last-modified-not-honored': lastModifiedNotHonored,
  'probe/options-not-supported': optionsNotSupported,
  'probe/range-ignored': rangeIgnored,
  'probe/range-incorrect': rangeIncorrect,
  'probe/range-wrong-length': rangeWrongLength,
  'probe/unsatisfiable-range': unsatisfiableRange,
};
