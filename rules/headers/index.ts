import type { Rule } from '../../src/engine/rule';
import duplicateSingleton from './duplicate-singleton';
import invalidDate from './invalid-date';
import invalidLocation from './invalid-location';
import invalidStructuredField from './invalid-structured-field';
import missingDate from './missing-date';
import linkAnchor from './link-anchor';
import linkInvalidSyntax from './link-invalid-syntax';
import linkPreloadWithoutAs from './link-preload-without-as';
import linkPreloadWithoutCrossorigin from './link-preload-without-crossorigin';
import linkRev from './link-rev';

export const headersRules: Rule[] = [duplicateSingleton, invalidDate, invalidLocation, invalidStructuredField, missingDate, linkAnchor, linkInvalidSyntax, linkPreloadWithoutAs, linkPreloadWithoutCrossorigin, linkRev];
