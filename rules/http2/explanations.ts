// Explanations of the http2 rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import connectionSpecificHeader from './connection-specific-header.explain';
import flowControlViolation from './flow-control-violation.explain';
import frameAfterEndStream from './frame-after-end-stream.explain';
import frameFlood from './frame-flood.explain';
import goawayError from './goaway-error.explain';
import hpackError from './hpack-error.explain';
import interimWithEndStream from './interim-with-end-stream.explain';
import invalidHeaderName from './invalid-header-name.explain';
import invalidHeaderValue from './invalid-header-value.explain';
import invalidPseudoHeader from './invalid-pseudo-header.explain';
import invalidStatus from './invalid-status.explain';
import malformedFrame from './malformed-frame.explain';
import missingStatus from './missing-status.explain';
import notHttp2 from './not-http2.explain';
import notNegotiated from './not-negotiated.explain';
import protocolMismatch from './protocol-mismatch.explain';
import pseudoHeaderInTrailers from './pseudo-header-in-trailers.explain';
import pushWhenDisabled from './push-when-disabled.explain';
import settingsInvalid from './settings-invalid.explain';
import status101 from './status-101.explain';
import streamReset from './stream-reset.explain';
import trailersWithoutEndStream from './trailers-without-end-stream.explain';
import unexpectedHeaders from './unexpected-headers.explain';
import uppercaseHeaderName from './uppercase-header-name.explain';

export const http2Explanations: Readonly<Record<string, RuleKnowledge>> = {
  'http2/connection-specific-header': connectionSpecificHeader,
  'http2/flow-control-violation': flowControlViolation,
  'http2/frame-after-end-stream': frameAfterEndStream,
  'http2/frame-flood': frameFlood,
  'http2/goaway-error': goawayError,
  'http2/hpack-error': hpackError,
  'http2/interim-with-end-stream': interimWithEndStream,
  'http2/invalid-header-name': invalidHeaderName,
  'http2/invalid-header-value': invalidHeaderValue,
  'http2/invalid-pseudo-header': invalidPseudoHeader,
  'http2/invalid-status': invalidStatus,
  'http2/malformed-frame': malformedFrame,
  'http2/missing-status': missingStatus,
  'http2/not-http2': notHttp2,
  'http2/not-negotiated': notNegotiated,
  'http2/protocol-mismatch': protocolMismatch,
  'http2/pseudo-header-in-trailers': pseudoHeaderInTrailers,
  'http2/push-when-disabled': pushWhenDisabled,
  'http2/settings-invalid': settingsInvalid,
  'http2/status-101': status101,
  'http2/stream-reset': streamReset,
  'http2/trailers-without-end-stream': trailersWithoutEndStream,
  'http2/unexpected-headers': unexpectedHeaders,
  'http2/uppercase-header-name': uppercaseHeaderName,
};
