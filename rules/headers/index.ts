import type { Rule } from '../../src/engine/rule';
import duplicateSingleton from './duplicate-singleton';
import invalidAcceptPatch from './invalid-accept-patch';
import invalidAcceptPost from './invalid-accept-post';
import invalidDate from './invalid-date';
import invalidLocation from './invalid-location';
import invalidStructuredField from './invalid-structured-field';
import largeFieldValue from './large-field-value';
import largeHeaderSection from './large-header-section';
import linkAnchor from './link-anchor';
import linkInvalidSyntax from './link-invalid-syntax';
import linkPreloadWithoutAs from './link-preload-without-as';
import linkPreloadWithoutCrossorigin from './link-preload-without-crossorigin';
import linkRev from './link-rev';
import missingDate from './missing-date';
import nonAsciiValue from './non-ascii-value';
import obsoleteField from './obsolete-field';

export const headersRules: Rule[] = [
  duplicateSingleton,
  invalidAcceptPatch,
  invalidAcceptPost,
  invalidDate,
  invalidLocation,
  invalidStructuredField,
  largeFieldValue,
  largeHeaderSection,
  linkAnchor,
  linkInvalidSyntax,
  linkPreloadWithoutAs,
  linkPreloadWithoutCrossorigin,
  linkRev,
  missingDate,
  nonAsciiValue,
  obsoleteField,
];
