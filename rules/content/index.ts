import type { Rule } from '../../src/engine/rule';
import attachmentWithoutFilename from './attachment-without-filename';
import charsetMismatch from './charset-mismatch';
import contentTypeWithoutBody from './content-type-without-body';
import encodingWithoutVary from './encoding-without-vary';
import invalidContentDisposition from './invalid-content-disposition';
import invalidContentEncoding from './invalid-content-encoding';
import invalidContentType from './invalid-content-type';
import invalidJson from './invalid-json';
import invalidMediaTypeName from './invalid-media-type-name';
import invalidProblemDetails from './invalid-problem-details';
import jsonMislabeled from './json-mislabeled';
import jsonNotUtf8 from './json-not-utf8';
import missingContentType from './missing-content-type';
import textWithoutCharset from './text-without-charset';
import unacceptedEncoding from './unaccepted-encoding';
import unknownDispositionType from './unknown-disposition-type';
import unsafeFilename from './unsafe-filename';

export const contentRules: Rule[] = [
  attachmentWithoutFilename,
  charsetMismatch,
  contentTypeWithoutBody,
  encodingWithoutVary,
  invalidContentDisposition,
  invalidContentEncoding,
  invalidContentType,
  invalidJson,
  invalidMediaTypeName,
  invalidProblemDetails,
  jsonMislabeled,
  jsonNotUtf8,
  missingContentType,
  textWithoutCharset,
  unacceptedEncoding,
  unknownDispositionType,
  unsafeFilename,
];
