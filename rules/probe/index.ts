import type { Rule } from '../../src/engine/rule';
import status206MissingHeaders from './206-missing-headers';
import status304ChangedValidator from './304-changed-validator';
import status304MissingHeaders from './304-missing-headers';
import allowInconsistent from './allow-inconsistent';
import connectionReuseDesync from './connection-reuse-desync';
import encodingChangesContent from './encoding-changes-content';
import encodingNotOffered from './encoding-not-offered';
import encodingNotRequested from './encoding-not-requested';
import encodingSameStrongEtag from './encoding-same-strong-etag';
import encodingWithoutVary from './encoding-without-vary';
import etagNotHonored from './etag-not-honored';
import headGetMismatch from './head-get-mismatch';
import keepAliveRefused from './keep-alive-refused';
import lastModifiedNotHonored from './last-modified-not-honored';
import optionsNotSupported from './options-not-supported';
import rangeIgnored from './range-ignored';
import rangeIncorrect from './range-incorrect';
import rangeWrongLength from './range-wrong-length';
import unsatisfiableRange from './unsatisfiable-range';

export const probeRules: Rule[] = [
  status206MissingHeaders,
  status304ChangedValidator,
  status304MissingHeaders,
  allowInconsistent,
  connectionReuseDesync,
  encodingChangesContent,
  encodingNotOffered,
  encodingNotRequested,
  encodingSameStrongEtag,
  encodingWithoutVary,
  etagNotHonored,
  headGetMismatch,
  keepAliveRefused,
  lastModifiedNotHonored,
  optionsNotSupported,
  rangeIgnored,
  rangeIncorrect,
  rangeWrongLength,
  unsatisfiableRange,
];
