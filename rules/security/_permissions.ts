// Permissions-Policy (W3C Permissions Policy §5.2): a structured-field dictionary of feature → allowlist, where an
// allowlist is `*`, `self`, an origin string, or an inner list of those (`()` is the empty allowlist).
import type { Exchange, RawHeader } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';
import { combineFieldLines, parseDictionary, type Dictionary, type Parsed } from '../../src/http/structuredFields';

/** Features shipped by at least one browser engine (policy-controlled features in their specs), and ones retired. */
export const FEATURES = new Set([
  'accelerometer', 'all-screens-capture', 'ambient-light-sensor', 'attribution-reporting', 'autofill', 'autoplay',
  'battery', 'bluetooth', 'browsing-topics', 'camera', 'captured-surface-control', 'ch-device-memory', 'ch-downlink',
  'ch-dpr', 'ch-ect', 'ch-prefers-color-scheme', 'ch-prefers-reduced-motion', 'ch-prefers-reduced-transparency',
  'ch-rtt', 'ch-save-data', 'ch-ua', 'ch-ua-arch', 'ch-ua-bitness', 'ch-ua-form-factors', 'ch-ua-full-version',
  'ch-ua-full-version-list', 'ch-ua-high-entropy-values', 'ch-ua-mobile', 'ch-ua-model', 'ch-ua-platform',
  'ch-ua-platform-version', 'ch-ua-wow64', 'ch-viewport-height', 'ch-viewport-width', 'ch-width', 'clipboard-read',
  'clipboard-write', 'compute-pressure', 'cross-origin-isolated', 'deferred-fetch', 'deferred-fetch-minimal',
  'digital-credentials-get', 'direct-sockets', 'display-capture', 'document-domain', 'encrypted-media',
  'execution-while-not-rendered', 'execution-while-out-of-viewport', 'focus-without-user-activation', 'fullscreen',
  'gamepad', 'geolocation', 'gyroscope', 'hid', 'identity-credentials-get', 'idle-detection', 'join-ad-interest-group',
  'keyboard-map', 'language-detector', 'local-fonts', 'local-network-access', 'magnetometer', 'mediasession',
  'microphone', 'midi', 'navigation-override', 'on-device-speech-recognition', 'otp-credentials', 'payment',
  'picture-in-picture', 'popins', 'private-aggregation', 'private-state-token-issuance',
  'private-state-token-redemption', 'publickey-credentials-create', 'publickey-credentials-get', 'rewriter',
  'run-ad-auction', 'screen-wake-lock', 'serial', 'shared-autofill', 'shared-storage', 'shared-storage-select-url',
  'smart-card', 'speaker-selection', 'storage-access', 'summarizer', 'sync-script', 'sync-xhr', 'translator',
  'trust-token-redemption', 'unload', 'usb', 'vertical-scroll', 'web-printing', 'web-share', 'window-management',
  'writer', 'xr-spatial-tracking',
]);

export interface PermissionsPolicy {
  lines: RawHeader[];
  parsed: Parsed<Dictionary>;
}

export function permissionsPolicyOf(exchange: Exchange): PermissionsPolicy | undefined {
  const res = exchange.response;
  if (!res) return undefined;
  const lines = headersNamed(res.headers, 'Permissions-Policy');
  if (lines.length === 0) return undefined;
  return { lines, parsed: parseDictionary(combineFieldLines(lines.map((h) => h.value))) };
}
