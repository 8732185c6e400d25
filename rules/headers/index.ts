import type { Rule } from '../../src/engine/rule';
import duplicateSingleton from './duplicate-singleton';
import invalidDate from './invalid-date';
import invalidLocation from './invalid-location';
import invalidStructuredField from './invalid-structured-field';
import missingDate from './missing-date';

export const headersRules: Rule[] = [duplicateSingleton, invalidDate, invalidLocation, invalidStructuredField, missingDate];
