import type { Rule } from '../../src/engine/rule';
import r206ToUnrangedMethod from './206-to-unranged-method';
import r206WithoutRangeRequest from './206-without-range-request';
import r416ForSatisfiableRange from './416-for-satisfiable-range';
import contentRangeLengthMismatch from './content-range-length-mismatch';
import contentRangeOnMultipart from './content-range-on-multipart';
import contentRangeOnWrongStatus from './content-range-on-wrong-status';
import invalidContentRange from './invalid-content-range';
import multipartForSingleRange from './multipart-for-single-range';
import unknownAcceptRangesUnit from './unknown-accept-ranges-unit';
import unsatisfiedRangeOn206 from './unsatisfied-range-on-206';

export const rangeRules: Rule[] = [
  r206ToUnrangedMethod,
  r206WithoutRangeRequest,
  r416ForSatisfiableRange,
  contentRangeLengthMismatch,
  contentRangeOnMultipart,
  contentRangeOnWrongStatus,
  invalidContentRange,
  multipartForSingleRange,
  unknownAcceptRangesUnit,
  unsatisfiedRangeOn206,
];
