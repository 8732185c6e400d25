import type { Rule } from '../../src/engine/rule';
import connectionSpecificHeader from './connection-specific-header';
import flowControlViolation from './flow-control-violation';
import frameAfterEndStream from './frame-after-end-stream';
import frameFlood from './frame-flood';
import goawayError from './goaway-error';
import hpackError from './hpack-error';
import interimWithEndStream from './interim-with-end-stream';
import invalidHeaderName from './invalid-header-name';
import invalidHeaderValue from './invalid-header-value';
import invalidPseudoHeader from './invalid-pseudo-header';
import invalidStatus from './invalid-status';
import malformedFrame from './malformed-frame';
import missingStatus from './missing-status';
import notHttp2 from './not-http2';
import notNegotiated from './not-negotiated';
import protocolMismatch from './protocol-mismatch';
import pseudoHeaderInTrailers from './pseudo-header-in-trailers';
import pushWhenDisabled from './push-when-disabled';
import settingsInvalid from './settings-invalid';
import status101 from './status-101';
import streamReset from './stream-reset';
import trailersWithoutEndStream from './trailers-without-end-stream';
import unexpectedHeaders from './unexpected-headers';
import uppercaseHeaderName from './uppercase-header-name';

export const http2Rules: Rule[] = [
  connectionSpecificHeader,
  flowControlViolation,
  frameAfterEndStream,
  frameFlood,
  goawayError,
  hpackError,
  interimWithEndStream,
  invalidHeaderName,
  invalidHeaderValue,
  invalidPseudoHeader,
  invalidStatus,
  malformedFrame,
  missingStatus,
  notHttp2,
  notNegotiated,
  protocolMismatch,
  pseudoHeaderInTrailers,
  pushWhenDisabled,
  settingsInvalid,
  status101,
  streamReset,
  trailersWithoutEndStream,
  unexpectedHeaders,
  uppercaseHeaderName,
];
