// SETTINGS, PING, GOAWAY, RST_STREAM, WINDOW_UPDATE, PRIORITY and unknown frames (RFC 9113 §6.3–§6.9):
// checked, recorded, answered (SETTINGS ACK, PING ACK) and counted against the control-frame limit.
import { Flag, FrameType, MAX_WINDOW, Setting, errorCodeName, settingName } from './constants';
import { pingAck, settingsAck } from './frame';
import type { Frame } from './frameReader';
import { describe } from './frameText';
import type { H2Info, H2ProblemId } from './types';

/** Stream 1 carries our one request. */
export const STREAM = 1;

/** What the control-frame handlers need from the session (kept apart to avoid an import cycle). */
export interface ControlSession {
  readonly info: H2Info;
  readonly stopped?: unknown;
  readonly complete: boolean;
  readonly streamEnded: boolean;
  readonly sendWindowTooLarge: boolean;
  peerMaxFrameSize: number;
  goawayReceived: boolean;
  log(frame: Buffer): Buffer;
  problem(id: H2ProblemId, offset: number | undefined, detail: string, evidence?: string): void;
  stop(reason: string, limit: boolean, code: number): void;
  countControl(frame: Frame): void;
  endStream(responseComplete: boolean): void;
  peerWindowChanged(streamId: number, increment: number): Buffer[];
  peerInitialWindowChanged(value: number): Buffer[];
}

export function handleControlFrame(session: ControlSession, frame: Frame): Buffer[] {
  session.countControl(frame);
  if (session.stopped) return [];
  switch (frame.type) {
    case FrameType.SETTINGS:
      return onSettings(session, frame);
    case FrameType.PING:
      if (!requireLength(session, frame, 8, 'connection')) return [];
      return frame.flags & Flag.ACK ? [] : [session.log(pingAck(frame.payload))];
    case FrameType.GOAWAY:
      onGoaway(session, frame);
      return [];
    case FrameType.RST_STREAM:
      onRstStream(session, frame);
      return [];
    case FrameType.WINDOW_UPDATE:
      return onWindowUpdate(session, frame);
    case FrameType.PRIORITY:
      requireLength(session, frame, 5, 'stream');
      return [];
    default:
      return []; // unknown frame types are ignored (§4.1, §5.5)
  }
}

/** Checks a fixed payload length and the stream the frame must (not) be on; a violation stops reading. */
function requireLength(session: ControlSession, frame: Frame, length: number, scope: 'connection' | 'stream' | 'any'): boolean {
  if (scope === 'connection' && frame.streamId !== 0) {
    session.problem('malformed-frame', frame.offset, `${name(frame)} frame on stream ${frame.streamId} (it belongs on stream 0)`, describe(frame));
    session.stop(`${name(frame)} on a stream (PROTOCOL_ERROR)`, false, 0x1);
    return false;
  }
  if (scope === 'stream' && frame.streamId === 0) {
    session.problem('malformed-frame', frame.offset, `${name(frame)} frame on stream 0 (it belongs on a stream)`, describe(frame));
    session.stop(`${name(frame)} on stream 0 (PROTOCOL_ERROR)`, false, 0x1);
    return false;
  }
  if (frame.length !== length) {
    session.problem('malformed-frame', frame.offset, `${name(frame)} frame with a ${frame.length}-byte payload (it must be ${length})`, describe(frame));
    session.stop(`a ${name(frame)} frame of the wrong size (FRAME_SIZE_ERROR)`, false, 0x6);
    return false;
  }
  return true;
}

function name(frame: Frame): string {
  return ['DATA', 'HEADERS', 'PRIORITY', 'RST_STREAM', 'SETTINGS', 'PUSH_PROMISE', 'PING', 'GOAWAY', 'WINDOW_UPDATE', 'CONTINUATION'][frame.type] ?? 'unknown';
}

function onSettings(session: ControlSession, frame: Frame): Buffer[] {
  if (frame.streamId !== 0) {
    requireLength(session, frame, frame.length, 'connection');
    return [];
  }
  if (frame.flags & Flag.ACK) {
    if (frame.length !== 0) requireLength(session, frame, 0, 'connection');
    return [];
  }
  if (frame.length % 6 !== 0) {
    session.problem('malformed-frame', frame.offset, `SETTINGS payload of ${frame.length} bytes is not a multiple of 6`, describe(frame));
    session.stop('a SETTINGS frame of the wrong size (FRAME_SIZE_ERROR)', false, 0x6);
    return [];
  }
  const out: Buffer[] = [];
  for (let i = 0; i < frame.length; i += 6) {
    const id = frame.payload.readUInt16BE(i);
    const value = frame.payload.readUInt32BE(i + 2);
    const offset = frame.offset + 9 + i;
    if (session.info.settings.received.length < 100) session.info.settings.received.push({ id, name: settingName(id), value, offset });
    const bad = invalidSetting(id, value);
    if (bad) session.problem('settings-invalid', offset, bad, `${settingName(id)} = ${value} in the ${describe(frame)}`);
    if (id === Setting.MAX_FRAME_SIZE && !bad) session.peerMaxFrameSize = value;
    if (id === Setting.INITIAL_WINDOW_SIZE && !bad) out.push(...session.peerInitialWindowChanged(value));
  }
  // The ACK goes out first: the server applies its own SETTINGS only once we acknowledge them.
  return [session.log(settingsAck()), ...out];
}

/** Why a setting's value is out of range (§6.5.2), or undefined. */
export function invalidSetting(id: number, value: number): string | undefined {
  switch (id) {
    case Setting.ENABLE_PUSH:
      if (value > 1) return `SETTINGS_ENABLE_PUSH = ${value}: only 0 or 1 are allowed`;
      if (value === 1) return 'SETTINGS_ENABLE_PUSH = 1 from a server: a server must not send it with any value but 0';
      return undefined;
    case Setting.INITIAL_WINDOW_SIZE:
      return value > MAX_WINDOW ? `SETTINGS_INITIAL_WINDOW_SIZE = ${value}: above the maximum window 2^31-1 (FLOW_CONTROL_ERROR)` : undefined;
    case Setting.MAX_FRAME_SIZE:
      return value < 16384 || value > 16777215 ? `SETTINGS_MAX_FRAME_SIZE = ${value}: must be between 16384 and 16777215` : undefined;
    case Setting.ENABLE_CONNECT_PROTOCOL:
    case Setting.NO_RFC7540_PRIORITIES:
      return value > 1 ? `${settingName(id)} = ${value}: only 0 or 1 are allowed` : undefined;
    default:
      return undefined;
  }
}

function onGoaway(session: ControlSession, frame: Frame): void {
  if (frame.streamId !== 0 || frame.length < 8) {
    session.problem('malformed-frame', frame.offset, frame.streamId !== 0 ? `GOAWAY on stream ${frame.streamId}` : `GOAWAY with a ${frame.length}-byte payload (at least 8)`, describe(frame));
    session.stop('a malformed GOAWAY (PROTOCOL_ERROR)', false, 0x1);
    return;
  }
  const code = frame.payload.readUInt32BE(4);
  session.goawayReceived = true;
  if (session.info.errors.length < 100) {
    session.info.errors.push({
      type: 'GOAWAY',
      streamId: 0,
      code,
      codeName: errorCodeName(code),
      offset: frame.offset,
      afterComplete: session.complete,
      lastStreamId: frame.payload.readUInt32BE(0) & 0x7fffffff,
      debug: frame.payload.toString('latin1', 8, Math.min(frame.length, 8 + 200)),
    });
  }
}

function onRstStream(session: ControlSession, frame: Frame): void {
  if (!requireLength(session, frame, 4, 'stream')) return;
  const code = frame.payload.readUInt32BE(0);
  if (session.info.errors.length < 100) {
    session.info.errors.push({ type: 'RST_STREAM', streamId: frame.streamId, code, codeName: errorCodeName(code), offset: frame.offset, afterComplete: session.complete });
  }
  if (frame.streamId === STREAM && !session.streamEnded) session.endStream(false);
}

function onWindowUpdate(session: ControlSession, frame: Frame): Buffer[] {
  if (frame.length !== 4) {
    requireLength(session, frame, 4, 'any');
    return [];
  }
  const increment = frame.payload.readUInt32BE(0) & 0x7fffffff;
  if (increment === 0) {
    session.problem('flow-control-violation', frame.offset, `WINDOW_UPDATE with an increment of 0 on ${frame.streamId === 0 ? 'the connection' : `stream ${frame.streamId}`}`, describe(frame));
    return [];
  }
  const out = session.peerWindowChanged(frame.streamId, increment);
  if (session.sendWindowTooLarge) {
    session.problem('flow-control-violation', frame.offset, 'WINDOW_UPDATE grows a flow-control window beyond 2^31-1', describe(frame));
  }
  return out;
}
