// HTTP/2 wire constants (RFC 9113 §6, §7, §11): frame types, flags, error codes, settings.

export const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

export const FRAME_HEADER_SIZE = 9;
/** SETTINGS_MAX_FRAME_SIZE initial value: the largest payload a peer may send before we say otherwise. */
export const DEFAULT_MAX_FRAME_SIZE = 16384;
export const DEFAULT_WINDOW = 65535;
export const MAX_WINDOW = 2 ** 31 - 1;

export const FrameType = {
  DATA: 0x0,
  HEADERS: 0x1,
  PRIORITY: 0x2,
  RST_STREAM: 0x3,
  SETTINGS: 0x4,
  PUSH_PROMISE: 0x5,
  PING: 0x6,
  GOAWAY: 0x7,
  WINDOW_UPDATE: 0x8,
  CONTINUATION: 0x9,
} as const;

const TYPE_NAMES = ['DATA', 'HEADERS', 'PRIORITY', 'RST_STREAM', 'SETTINGS', 'PUSH_PROMISE', 'PING', 'GOAWAY', 'WINDOW_UPDATE', 'CONTINUATION'];

/** "HEADERS", or "UNKNOWN(0x0b)" for a type RFC 9113 does not define (ignored, as §4.1 says). */
export function frameTypeName(type: number): string {
  return TYPE_NAMES[type] ?? `UNKNOWN(0x${type.toString(16).padStart(2, '0')})`;
}

export const Flag = {
  END_STREAM: 0x1,
  ACK: 0x1,
  END_HEADERS: 0x4,
  PADDED: 0x8,
  PRIORITY: 0x20,
} as const;

const ERROR_NAMES = [
  'NO_ERROR',
  'PROTOCOL_ERROR',
  'INTERNAL_ERROR',
  'FLOW_CONTROL_ERROR',
  'SETTINGS_TIMEOUT',
  'STREAM_CLOSED',
  'FRAME_SIZE_ERROR',
  'REFUSED_STREAM',
  'CANCEL',
  'COMPRESSION_ERROR',
  'CONNECT_ERROR',
  'ENHANCE_YOUR_CALM',
  'INADEQUATE_SECURITY',
  'HTTP_1_1_REQUIRED',
];

export function errorCodeName(code: number): string {
  return ERROR_NAMES[code] ?? `UNKNOWN_ERROR(0x${code.toString(16)})`;
}

export const Setting = {
  HEADER_TABLE_SIZE: 0x1,
  ENABLE_PUSH: 0x2,
  MAX_CONCURRENT_STREAMS: 0x3,
  INITIAL_WINDOW_SIZE: 0x4,
  MAX_FRAME_SIZE: 0x5,
  MAX_HEADER_LIST_SIZE: 0x6,
  ENABLE_CONNECT_PROTOCOL: 0x8,
  NO_RFC7540_PRIORITIES: 0x9,
} as const;

const SETTING_NAMES: Record<number, string> = {
  1: 'SETTINGS_HEADER_TABLE_SIZE',
  2: 'SETTINGS_ENABLE_PUSH',
  3: 'SETTINGS_MAX_CONCURRENT_STREAMS',
  4: 'SETTINGS_INITIAL_WINDOW_SIZE',
  5: 'SETTINGS_MAX_FRAME_SIZE',
  6: 'SETTINGS_MAX_HEADER_LIST_SIZE',
  8: 'SETTINGS_ENABLE_CONNECT_PROTOCOL',
  9: 'SETTINGS_NO_RFC7540_PRIORITIES',
};

export function settingName(id: number): string {
  return SETTING_NAMES[id] ?? `UNKNOWN_SETTING(0x${id.toString(16)})`;
}
