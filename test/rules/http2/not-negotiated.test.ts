// http2/not-negotiated: --http2 offered h2 by ALPN and the server picked HTTP/1.1 (info); quiet otherwise.
import { ruleTable } from '../../helpers/ruleTable';
import { exchangeOf } from '../../helpers/exchange';
import type { Exchange, TlsInfo } from '../../../src/exchange';

const tls = (alpn: string | null): TlsInfo => ({ protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', alpn, authorized: true, authorizationError: null, certificate: null });
const https = (extra: Partial<Exchange>): Exchange => ({
  ...exchangeOf({ url: 'https://127.0.0.1:8443/', response: `HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\n\r\n` }),
  ...extra,
});

ruleTable('http2/not-negotiated', {
  fires: [
    { name: 'the server chose http/1.1', input: () => https({ protocolRequested: 'h2', tls: tls('http/1.1') }), severity: 'info', message: 'the server chose http/1.1', location: { part: 'tls' } },
    { name: 'the server chose no ALPN', input: () => https({ protocolRequested: 'h2', tls: tls(null) }), message: 'chose none' },
  ],
  quiet: [
    { name: 'h2 was not asked for', input: () => https({ tls: tls('http/1.1') }) },
    { name: 'h2 was negotiated', input: () => https({ protocol: 'h2', protocolRequested: 'h2', tls: tls('h2') }) },
  ],
});
