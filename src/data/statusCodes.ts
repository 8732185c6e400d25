// The IANA "HTTP Status Code" registry (https://www.iana.org/assignments/http-status-codes) as data, plus the
// unofficial codes seen in the wild and who sends them. One source for status rules and for `explain`.

export interface StatusCodeInfo {
  code: number;
  /** The registry's description, e.g. "No Content"; "(Unused)" for reserved codes. */
  name: string;
  /** Where the code is defined, e.g. "RFC 9110 §15.3.5". */
  ref: string;
  url: string;
  /** Registered but reserved with no meaning (306, 418): a server should not send it. */
  reserved?: true;
  /** Registered, but the defining specification is obsolete or historic (e.g. 102, 510). */
  obsolete?: true;
  /** A temporary registration for a draft (RFC 7120 early allocation); it may still change or lapse. */
  temporary?: true;
}

export interface UnofficialStatusCode {
  code: number;
  name: string;
  /** Who sends it, e.g. "Laravel (CSRF token expired)". */
  usedBy: string;
}

/** A range of codes the registry leaves unassigned. */
export interface UnassignedRange {
  from: number;
  to: number;
}

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110#section-';

function s9110(code: number, name: string, section: string, extra: Partial<StatusCodeInfo> = {}): StatusCodeInfo {
  return { code, name, ref: `RFC 9110 §${section}`, url: `${RFC9110}${section}`, ...extra };
}

function rfc(code: number, name: string, number: number, section: string | undefined, extra: Partial<StatusCodeInfo> = {}): StatusCodeInfo {
  const ref = section ? `RFC ${number} §${section}` : `RFC ${number}`;
  const url = `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`;
  return { code, name, ref, url, ...extra };
}

/** Every registered code, in order. */
export const REGISTERED_STATUS_CODES: readonly StatusCodeInfo[] = [
  s9110(100, 'Continue', '15.2.1'),
  s9110(101, 'Switching Protocols', '15.2.2'),
  rfc(102, 'Processing', 2518, '10.1', { obsolete: true }),
  rfc(103, 'Early Hints', 8297, undefined),
  {
    code: 104,
    name: 'Upload Resumption Supported',
    ref: 'draft-ietf-httpbis-resumable-upload (temporary registration)',
    url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    temporary: true,
  },
  s9110(200, 'OK', '15.3.1'),
  s9110(201, 'Created', '15.3.2'),
  s9110(202, 'Accepted', '15.3.3'),
  s9110(203, 'Non-Authoritative Information', '15.3.4'),
  s9110(204, 'No Content', '15.3.5'),
  s9110(205, 'Reset Content', '15.3.6'),
  s9110(206, 'Partial Content', '15.3.7'),
  rfc(207, 'Multi-Status', 4918, '11.1'),
  rfc(208, 'Already Reported', 5842, '7.1'),
  rfc(226, 'IM Used', 3229, '10.4.1'),
  s9110(300, 'Multiple Choices', '15.4.1'),
  s9110(301, 'Moved Permanently', '15.4.2'),
  s9110(302, 'Found', '15.4.3'),
  s9110(303, 'See Other', '15.4.4'),
  s9110(304, 'Not Modified', '15.4.5'),
  s9110(305, 'Use Proxy', '15.4.6', { obsolete: true }),
  s9110(306, '(Unused)', '15.4.7', { reserved: true }),
  s9110(307, 'Temporary Redirect', '15.4.8'),
  s9110(308, 'Permanent Redirect', '15.4.9'),
  s9110(400, 'Bad Request', '15.5.1'),
  s9110(401, 'Unauthorized', '15.5.2'),
  s9110(402, 'Payment Required', '15.5.3'),
  s9110(403, 'Forbidden', '15.5.4'),
  s9110(404, 'Not Found', '15.5.5'),
  s9110(405, 'Method Not Allowed', '15.5.6'),
  s9110(406, 'Not Acceptable', '15.5.7'),
  s9110(407, 'Proxy Authentication Required', '15.5.8'),
  s9110(408, 'Request Timeout', '15.5.9'),
  s9110(409, 'Conflict', '15.5.10'),
  s9110(410, 'Gone', '15.5.11'),
  s9110(411, 'Length Required', '15.5.12'),
  s9110(412, 'Precondition Failed', '15.5.13'),
  s9110(413, 'Content Too Large', '15.5.14'),
  s9110(414, 'URI Too Long', '15.5.15'),
  s9110(415, 'Unsupported Media Type', '15.5.16'),
  s9110(416, 'Range Not Satisfiable', '15.5.17'),
  s9110(417, 'Expectation Failed', '15.5.18'),
  s9110(418, '(Unused)', '15.5.19', { reserved: true }),
  s9110(421, 'Misdirected Request', '15.5.20'),
  s9110(422, 'Unprocessable Content', '15.5.21'),
  rfc(423, 'Locked', 4918, '11.3'),
  rfc(424, 'Failed Dependency', 4918, '11.4'),
  rfc(425, 'Too Early', 8470, '5.2'),
  s9110(426, 'Upgrade Required', '15.5.22'),
  rfc(428, 'Precondition Required', 6585, '3'),
  rfc(429, 'Too Many Requests', 6585, '4'),
  rfc(431, 'Request Header Fields Too Large', 6585, '5'),
  rfc(451, 'Unavailable For Legal Reasons', 7725, '3'),
  s9110(500, 'Internal Server Error', '15.6.1'),
  s9110(501, 'Not Implemented', '15.6.2'),
  s9110(502, 'Bad Gateway', '15.6.3'),
  s9110(503, 'Service Unavailable', '15.6.4'),
  s9110(504, 'Gateway Timeout', '15.6.5'),
  s9110(505, 'HTTP Version Not Supported', '15.6.6'),
  rfc(506, 'Variant Also Negotiates', 2295, '8.1'),
  rfc(507, 'Insufficient Storage', 4918, '11.5'),
  rfc(508, 'Loop Detected', 5842, '7.2'),
  // Registered as "Not Extended (OBSOLETED)": RFC 2774 was moved to Historic in 2022.
  rfc(510, 'Not Extended', 2774, '7', { obsolete: true }),
  rfc(511, 'Network Authentication Required', 6585, '6'),
];

/** Codes that are not registered but that well-known software sends. None has standard semantics. */
export const UNOFFICIAL_STATUS_CODES: readonly UnofficialStatusCode[] = [
  { code: 218, name: 'This Is Fine', usedBy: 'Apache HTTP Server (ErrorDocument override for error responses when ProxyErrorOverride is enabled)' },
  { code: 419, name: 'Page Expired', usedBy: 'Laravel (CSRF token missing or expired)' },
  { code: 420, name: 'Enhance Your Calm', usedBy: 'the Twitter/X API v1 (rate limiting); also "Method Failure" in old Spring Framework' },
  { code: 430, name: 'Request Header Fields Too Large', usedBy: 'Shopify (also for requests blocked as abusive)' },
  { code: 440, name: 'Login Time-out', usedBy: 'Microsoft IIS (session expired)' },
  { code: 444, name: 'No Response', usedBy: 'nginx (internal: close the connection without answering; only appears in logs)' },
  { code: 449, name: 'Retry With', usedBy: 'Microsoft IIS' },
  { code: 450, name: 'Blocked by Windows Parental Controls', usedBy: 'Microsoft Windows' },
  { code: 460, name: 'Client Closed Connection', usedBy: 'AWS Elastic Load Balancing (client closed the connection before the idle timeout)' },
  { code: 463, name: 'Too Many Forwarded IPs', usedBy: 'AWS Elastic Load Balancing (X-Forwarded-For with more than 30 addresses)' },
  { code: 494, name: 'Request Header Too Large', usedBy: 'nginx' },
  { code: 495, name: 'SSL Certificate Error', usedBy: 'nginx (invalid client certificate)' },
  { code: 496, name: 'SSL Certificate Required', usedBy: 'nginx (client certificate required but not sent)' },
  { code: 497, name: 'HTTP Request Sent to HTTPS Port', usedBy: 'nginx' },
  { code: 498, name: 'Invalid Token', usedBy: 'Esri ArcGIS Server (expired or invalid token)' },
  { code: 499, name: 'Client Closed Request', usedBy: 'nginx (client closed the connection while the server was processing; also "Token Required" in Esri ArcGIS)' },
  { code: 509, name: 'Bandwidth Limit Exceeded', usedBy: 'Apache HTTP Server with cPanel/bw limiting modules, and shared hosts' },
  { code: 520, name: 'Web Server Returned an Unknown Error', usedBy: 'Cloudflare (the origin sent an empty, unknown or unexpected response)' },
  { code: 521, name: 'Web Server Is Down', usedBy: 'Cloudflare (the origin refused the connection)' },
  { code: 522, name: 'Connection Timed Out', usedBy: 'Cloudflare (TCP connection to the origin timed out)' },
  { code: 523, name: 'Origin Is Unreachable', usedBy: 'Cloudflare (no route to the origin)' },
  { code: 524, name: 'A Timeout Occurred', usedBy: 'Cloudflare (the origin accepted the connection but did not answer in time)' },
  { code: 525, name: 'SSL Handshake Failed', usedBy: 'Cloudflare (TLS handshake with the origin failed)' },
  { code: 526, name: 'Invalid SSL Certificate', usedBy: 'Cloudflare (the origin certificate could not be validated)' },
  { code: 527, name: 'Railgun Error', usedBy: 'Cloudflare (retired Railgun connection errors)' },
  { code: 529, name: 'Site Is Overloaded', usedBy: 'Qualys SSL Labs and some APIs (service overloaded)' },
  { code: 530, name: 'Site Is Frozen / Origin DNS Error', usedBy: 'Cloudflare (with a 1xxx error page) and Pantheon (frozen site)' },
  { code: 561, name: 'Unauthorized', usedBy: 'AWS Elastic Load Balancing (identity provider authentication error)' },
  { code: 598, name: 'Network Read Timeout Error', usedBy: 'some HTTP proxies (informal convention)' },
  { code: 599, name: 'Network Connect Timeout Error', usedBy: 'some HTTP proxies and clients (informal convention)' },
];

const BY_CODE = new Map(REGISTERED_STATUS_CODES.map((info) => [info.code, info]));
const UNOFFICIAL_BY_CODE = new Map(UNOFFICIAL_STATUS_CODES.map((info) => [info.code, info]));

/** The registry entry for a code, or undefined when the code is unassigned. */
export function statusCodeInfo(code: number): StatusCodeInfo | undefined {
  return BY_CODE.get(code);
}

/** True when the registry has an entry for the code (reserved ones such as 306 included). */
export function isRegisteredStatus(code: number): boolean {
  return BY_CODE.has(code);
}

/** A well-known unofficial code and who sends it, or undefined. */
export function unofficialStatusInfo(code: number): UnofficialStatusCode | undefined {
  return UNOFFICIAL_BY_CODE.get(code);
}

/** The ranges within 100–599 that the registry leaves unassigned, derived from the entries. */
export const UNASSIGNED_STATUS_RANGES: readonly UnassignedRange[] = (() => {
  const ranges: UnassignedRange[] = [];
  let from: number | undefined;
  for (let code = 100; code <= 600; code++) {
    const free = code <= 599 && !BY_CODE.has(code);
    if (free && from === undefined) from = code;
    if (!free && from !== undefined) {
      ranges.push({ from, to: code - 1 });
      from = undefined;
    }
  }
  return ranges;
})();
