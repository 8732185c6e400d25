import type { Rule } from '../../src/engine/rule';
import partialWithoutRangeRequest from './206-without-range-request';
import contentRangeOnWrongStatus from './content-range-on-wrong-status';
import invalidContentRange from './invalid-content-range';
import unknownAcceptRangesUnit from './unknown-accept-ranges-unit';
import unsatisfiedRangeOn206 from './unsatisfied-range-on-206';

export const rangeRules: Rule[] = [
  partialWithoutRangeRequest,
  contentRangeOnWrongStatus,
  invalidContentRange,
  unknownAcceptRangesUnit,
  unsatisfiedRangeOn206,
];
