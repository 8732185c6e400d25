// Explanations of the range rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import r206ToUnrangedMethod from './206-to-unranged-method.explain';
import r206WithoutRangeRequest from './206-without-range-request.explain';
import r416ForSatisfiableRange from './416-for-satisfiable-range.explain';
import contentRangeLengthMismatch from './content-range-length-mismatch.explain';
import contentRangeOnMultipart from './content-range-on-multipart.explain';
import contentRangeOnWrongStatus from './content-range-on-wrong-status.explain';
import invalidContentRange from './invalid-content-range.explain';
import multipartForSingleRange from './multipart-for-single-range.explain';
import unknownAcceptRangesUnit from './unknown-accept-ranges-unit.explain';
import unsatisfiedRangeOn206 from './unsatisfied-range-on-206.explain';

export const rangeExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'range/206-to-unranged-method': r206ToUnrangedMethod,
  'range/206-without-range-request': r206WithoutRangeRequest,
  'range/416-for-satisfiable-range': r416ForSatisfiableRange,
  'range/content-range-length-mismatch': contentRangeLengthMismatch,
  'range/content-range-on-multipart': contentRangeOnMultipart,
  'range/content-range-on-wrong-status': contentRangeOnWrongStatus,
  'range/invalid-content-range': invalidContentRange,
  'range/multipart-for-single-range': multipartForSingleRange,
  'range/unknown-accept-ranges-unit': unknownAcceptRangesUnit,
  'range/unsatisfied-range-on-206': unsatisfiedRangeOn206,
};
