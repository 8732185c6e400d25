import type { Rule } from '../../src/engine/rule';
import contentTypeWithoutBody from './content-type-without-body';
import encodingWithoutVary from './encoding-without-vary';
import invalidContentEncoding from './invalid-content-encoding';
import invalidContentType from './invalid-content-type';
import invalidJson from './invalid-json';
import jsonMislabeled from './json-mislabeled';
import missingContentType from './missing-content-type';
import textWithoutCharset from './text-without-charset';

export const contentRules: Rule[] = [
  contentTypeWithoutBody,
  encodingWithoutVary,
  invalidContentEncoding,
  invalidContentType,
  invalidJson,
  jsonMislabeled,
  missingContentType,
  textWithoutCharset,
];
