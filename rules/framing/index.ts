import type { Rule } from '../../src/engine/rule';
import bareLf from './bare-lf';
import bodyOn204 from './body-on-204';
import bodyOn205 from './body-on-205';
import bodyOn304 from './body-on-304';
import bodyOnHead from './body-on-head';
import chunkedNotLast from './chunked-not-last';
import closeDelimited from './close-delimited';
import conflictingContentLength from './conflicting-content-length';
import connectionCloseIgnored from './connection-close-ignored';
import contentLengthMismatch from './content-length-mismatch';
import contentLengthOn204 from './content-length-on-204';
import contentLengthWithTransferEncoding from './content-length-with-transfer-encoding';
import duplicateContentLength from './duplicate-content-length';
import framingHeaderOn1xx from './framing-header-on-1xx';
import headerSectionTooLarge from './header-section-too-large';
import incompleteHead from './incomplete-head';
import invalidChunkedEncoding from './invalid-chunked-encoding';
import invalidContentLength from './invalid-content-length';
import invalidHeaderLine from './invalid-header-line';
import invalidStatusLine from './invalid-status-line';
import invalidTransferEncoding from './invalid-transfer-encoding';
import obsFold from './obs-fold';
import transferEncodingInHttp10 from './transfer-encoding-in-http10';
import transferEncodingOn204 from './transfer-encoding-on-204';
import unexpected1xx from './unexpected-1xx';
import whitespaceBeforeColon from './whitespace-before-colon';

export const framingRules: Rule[] = [
  bareLf,
  bodyOn204,
  bodyOn205,
  bodyOn304,
  bodyOnHead,
  chunkedNotLast,
  closeDelimited,
  conflictingContentLength,
  connectionCloseIgnored,
  contentLengthMismatch,
  contentLengthOn204,
  contentLengthWithTransferEncoding,
  duplicateContentLength,
  framingHeaderOn1xx,
  headerSectionTooLarge,
  incompleteHead,
  invalidChunkedEncoding,
  invalidContentLength,
  invalidHeaderLine,
  invalidStatusLine,
  invalidTransferEncoding,
  obsFold,
  transferEncodingInHttp10,
  transferEncodingOn204,
  unexpected1xx,
  whitespaceBeforeColon,
];
