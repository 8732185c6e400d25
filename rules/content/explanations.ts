// Explanations of the content rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import attachmentWithoutFilename from './attachment-without-filename.explain';
import charsetMismatch from './charset-mismatch.explain';
import contentTypeWithoutBody from './content-type-without-body.explain';
import encodingWithoutVary from './encoding-without-vary.explain';
import invalidContentDisposition from './invalid-content-disposition.explain';
import invalidContentEncoding from './invalid-content-encoding.explain';
import invalidContentType from './invalid-content-type.explain';
import invalidJson from './invalid-json.explain';
import invalidMediaTypeName from './invalid-media-type-name.explain';
import invalidProblemDetails from './invalid-problem-details.explain';
import jsonMislabeled from './json-mislabeled.explain';
import jsonNotUtf8 from './json-not-utf8.explain';
import missingContentType from './missing-content-type.explain';
import textWithoutCharset from './text-without-charset.explain';
import unacceptedEncoding from './unaccepted-encoding.explain';
import unknownDispositionType from './unknown-disposition-type.explain';
import unsafeFilename from './unsafe-filename.explain';

export const contentExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'content/attachment-without-filename': attachmentWithoutFilename,
  'content/charset-mismatch': charsetMismatch,
  'content/content-type-without-body': contentTypeWithoutBody,
  'content/encoding-without-vary': encodingWithoutVary,
  'content/invalid-content-disposition': invalidContentDisposition,
  'content/invalid-content-encoding': invalidContentEncoding,
  'content/invalid-content-type': invalidContentType,
  'content/invalid-json': invalidJson,
  'content/invalid-media-type-name': invalidMediaTypeName,
  'content/invalid-problem-details': invalidProblemDetails,
  'content/json-mislabeled': jsonMislabeled,
  'content/json-not-utf8': jsonNotUtf8,
  'content/missing-content-type': missingContentType,
  'content/text-without-charset': textWithoutCharset,
  'content/unaccepted-encoding': unacceptedEncoding,
  'content/unknown-disposition-type': unknownDispositionType,
  'content/unsafe-filename': unsafeFilename,
};
