import { response, type Scenario } from '../scenario';

const TEXT: [string, string] = ['Content-Type', 'text/plain; charset=utf-8'];
const RANGE_REQUEST = { headers: [['Range', 'bytes=0-4']] as Array<[string, string]> };
const TWO_RANGES = { headers: [['Range', 'bytes=0-4,6-10']] as Array<[string, string]> };
const PARTS = '--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-4/11\r\n\r\nhello\r\n--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 6-10/11\r\n\r\nworld\r\n--B--\r\n';
const ONE_PART = '--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-4/11\r\n\r\nhello\r\n--B--\r\n';
const MULTIPART: [string, string] = ['Content-Type', 'multipart/byteranges; boundary=B'];

export const rangeScenarios: Scenario[] = [
  {
    name: 'invalid-content-range',
    description: 'a 206 whose Content-Range uses "=" like a Range header (bytes=0-4/11)',
    request: RANGE_REQUEST,
    expect: ['range/invalid-content-range'],
    respond: () => [response(206, [['Content-Range', 'bytes=0-4/11'], TEXT], 'hello')],
  },
  {
    name: 'content-range-past-length',
    description: 'a 206 whose Content-Range ends at the complete length (bytes 0-11/11: positions count from 0)',
    request: { headers: [['Range', 'bytes=0-']] },
    expect: ['range/invalid-content-range'],
    respond: () => [response(206, [['Content-Range', 'bytes 0-11/11'], TEXT], 'hello world')],
  },
  {
    name: 'content-range-on-wrong-status',
    description: 'a 200 with the whole representation that still carries Content-Range',
    request: RANGE_REQUEST,
    expect: ['range/content-range-on-wrong-status'],
    respond: () => [response(200, [['Content-Range', 'bytes 0-10/11'], TEXT], 'hello world')],
  },
  {
    name: 'unsatisfied-range-on-206',
    description: 'a 206 with Content-Range: bytes */11 (the 416 form)',
    request: RANGE_REQUEST,
    expect: ['range/unsatisfied-range-on-206'],
    respond: () => [response(206, [['Content-Range', 'bytes */11'], TEXT], 'hello')],
  },
  {
    name: '206-without-range-request',
    description: 'a 206 Partial Content to a GET without Range',
    expect: ['range/206-without-range-request'],
    respond: () => [response(206, [['Content-Range', 'bytes 0-4/11'], TEXT], 'hello')],
  },
  {
    name: 'unknown-accept-ranges-unit',
    description: 'Accept-Ranges: byte (a typo for bytes)',
    expect: ['range/unknown-accept-ranges-unit'],
    respond: () => [response(200, [['Accept-Ranges', 'byte'], TEXT], 'hello world')],
  },
  {
    name: 'accept-ranges-ok',
    description: 'a 200 with Accept-Ranges: bytes, and a later range answered by a correct 206 (see partial-content-ok)',
    expect: [],
    respond: () => [response(200, [['Accept-Ranges', 'bytes'], TEXT], 'hello world')],
  },
  {
    name: 'open-range-ok',
    description: 'an open Range (bytes=6-) answered by 206 with Content-Range: bytes 6-10/11',
    request: { headers: [['Range', 'bytes=6-']] },
    expect: [],
    respond: () => [response(206, [['Content-Range', 'bytes 6-10/11'], ['Accept-Ranges', 'bytes'], TEXT], 'world')],
  },
  {
    name: 'content-range-length-mismatch',
    description: 'a 206 with Content-Range: bytes 0-4/11 (5 bytes) but Content-Length: 4',
    request: RANGE_REQUEST,
    expect: ['range/content-range-length-mismatch'],
    respond: () => [response(206, [['Content-Range', 'bytes 0-4/11'], ['Content-Length', '4'], TEXT], 'hell')],
  },
  {
    name: 'multipart-for-single-range',
    description: 'a single range (bytes=0-4) answered with multipart/byteranges',
    request: RANGE_REQUEST,
    expect: ['range/multipart-for-single-range'],
    respond: () => [response(206, [MULTIPART], ONE_PART)],
  },
  {
    name: 'content-range-on-multipart',
    description: 'a multipart/byteranges 206 that also has Content-Range in its header section',
    request: TWO_RANGES,
    expect: ['range/content-range-on-multipart'],
    respond: () => [response(206, [MULTIPART, ['Content-Range', 'bytes 0-10/11']], PARTS)],
  },
  {
    name: 'multipart-byteranges-ok',
    description: 'two ranges answered with a multipart/byteranges 206, a Content-Range in each part',
    request: TWO_RANGES,
    expect: [],
    respond: () => [response(206, [MULTIPART], PARTS)],
  },
  {
    name: '206-to-unranged-method',
    description: 'a POST with Range answered 206 (range handling is only defined for GET)',
    request: { method: 'POST', headers: [['Range', 'bytes=0-4'], ['Content-Type', 'application/json']], body: '{"q":1}' },
    expect: ['range/206-to-unranged-method'],
    respond: () => [response(206, [['Content-Range', 'bytes 0-4/11'], TEXT], 'hello')],
  },
  {
    name: '416-for-satisfiable-range',
    description: 'bytes=0-4 refused with 416 although Content-Range says the representation has 11 bytes',
    request: RANGE_REQUEST,
    expect: ['range/416-for-satisfiable-range'],
    respond: () => [response(416, [['Content-Range', 'bytes */11'], ['Content-Length', '0']])],
  },
];
