// Explanations of the content rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import contentTypeWithoutBody from './content-type-without-body.explain';
import encodingWithoutVary from './encoding-without-vary.explain';
import invalidContentEncoding from './invalid-content-encoding.explain';
import invalidContentType from './invalid-content-type.explain';
import invalidJson from './invalid-json.explain';
import jsonMislabeled from './json-mislabeled.explain';
import missingContentType from './missing-content-type.explain';
import textWithoutCharset from './text-without-charset.explain';

export const contentExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'content/content-type-without-body': contentTypeWithoutBody,
  'content/encoding-without-vary': encodingWithoutVary,
  'content/invalid-content-encoding': invalidContentEncoding,
  'content/invalid-content-type': invalidContentType,
  'content/invalid-json': invalidJson,
  'content/json-mislabeled': jsonMislabeled,
  'content/missing-content-type': missingContentType,
  'content/text-without-charset': textWithoutCharset,
};
