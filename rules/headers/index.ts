import type { Rule } from '../../src/engine/rule';
import duplicateSingleton from './duplicate-singleton';
import invalidDate from './invalid-date';
import invalidLocation from './invalid-location';
import missingDate from './missing-date';

export const headersRules: Rule[] = [duplicateSingleton, invalidDate, invalidLocation, missingDate];
