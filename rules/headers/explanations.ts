// Explanations of the headers rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import duplicateSingleton from './duplicate-singleton.explain';
import invalidAcceptPatch from './invalid-accept-patch.explain';
import invalidAcceptPost from './invalid-accept-post.explain';
import invalidDate from './invalid-date.explain';
import invalidLocation from './invalid-location.explain';
import invalidStructuredField from './invalid-structured-field.explain';
import largeFieldValue from './large-field-value.explain';
import largeHeaderSection from './large-header-section.explain';
import linkAnchor from './link-anchor.explain';
import linkInvalidSyntax from './link-invalid-syntax.explain';
import linkPreloadWithoutAs from './link-preload-without-as.explain';
import linkPreloadWithoutCrossorigin from './link-preload-without-crossorigin.explain';
import linkRev from './link-rev.explain';
import missingDate from './missing-date.explain';
import nonAsciiValue from './non-ascii-value.explain';
import obsoleteField from './obsolete-field.explain';

export const headersExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'headers/duplicate-singleton': duplicateSingleton,
  'headers/invalid-accept-patch': invalidAcceptPatch,
  'headers/invalid-accept-post': invalidAcceptPost,
  'headers/invalid-date': invalidDate,
  'headers/invalid-location': invalidLocation,
  'headers/invalid-structured-field': invalidStructuredField,
  'headers/large-field-value': largeFieldValue,
  'headers/large-header-section': largeHeaderSection,
  'headers/link-anchor': linkAnchor,
  'headers/link-invalid-syntax': linkInvalidSyntax,
  'headers/link-preload-without-as': linkPreloadWithoutAs,
  'headers/link-preload-without-crossorigin': linkPreloadWithoutCrossorigin,
  'headers/link-rev': linkRev,
  'headers/missing-date': missingDate,
  'headers/non-ascii-value': nonAsciiValue,
  'headers/obsolete-field': obsoleteField,
};
