// Explanations of the framing rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import bareLf from './bare-lf.explain';
import bodyOn204 from './body-on-204.explain';
import bodyOn205 from './body-on-205.explain';
import bodyOn304 from './body-on-304.explain';
import bodyOnHead from './body-on-head.explain';
import chunkedNotLast from './chunked-not-last.explain';
import closeDelimited from './close-delimited.explain';
import conflictingContentLength from './conflicting-content-length.explain';
import connectionCloseIgnored from './connection-close-ignored.explain';
import contentLengthMismatch from './content-length-mismatch.explain';
import contentLengthOn204 from './content-length-on-204.explain';
import contentLengthWithTransferEncoding from './content-length-with-transfer-encoding.explain';
import duplicateContentLength from './duplicate-content-length.explain';
import framingHeaderOn1xx from './framing-header-on-1xx.explain';
import headerSectionTooLarge from './header-section-too-large.explain';
import incompleteHead from './incomplete-head.explain';
import invalidChunkedEncoding from './invalid-chunked-encoding.explain';
import invalidContentLength from './invalid-content-length.explain';
import invalidHeaderLine from './invalid-header-line.explain';
import invalidStatusLine from './invalid-status-line.explain';
import invalidTransferEncoding from './invalid-transfer-encoding.explain';
import obsFold from './obs-fold.explain';
import transferEncodingInHttp10 from './transfer-encoding-in-http10.explain';
import transferEncodingOn204 from './transfer-encoding-on-204.explain';
import unexpected1xx from './unexpected-1xx.explain';
import whitespaceBeforeColon from './whitespace-before-colon.explain';

export const framingExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'framing/bare-lf': bareLf,
  'framing/body-on-204': bodyOn204,
  'framing/body-on-205': bodyOn205,
  'framing/body-on-304': bodyOn304,
  'framing/body-on-head': bodyOnHead,
  'framing/chunked-not-last': chunkedNotLast,
  'framing/close-delimited': closeDelimited,
  'framing/conflicting-content-length': conflictingContentLength,
  'framing/connection-close-ignored': connectionCloseIgnored,
  'framing/content-length-mismatch': contentLengthMismatch,
  'framing/content-length-on-204': contentLengthOn204,
  'framing/content-length-with-transfer-encoding': contentLengthWithTransferEncoding,
  'framing/duplicate-content-length': duplicateContentLength,
  'framing/framing-header-on-1xx': framingHeaderOn1xx,
  'framing/header-section-too-large': headerSectionTooLarge,
  'framing/incomplete-head': incompleteHead,
  'framing/invalid-chunked-encoding': invalidChunkedEncoding,
  'framing/invalid-content-length': invalidContentLength,
  'framing/invalid-header-line': invalidHeaderLine,
  'framing/invalid-status-line': invalidStatusLine,
  'framing/invalid-transfer-encoding': invalidTransferEncoding,
  'framing/obs-fold': obsFold,
  'framing/transfer-encoding-in-http10': transferEncodingInHttp10,
  'framing/transfer-encoding-on-204': transferEncodingOn204,
  'framing/unexpected-1xx': unexpected1xx,
  'framing/whitespace-before-colon': whitespaceBeforeColon,
};
