// Unofficial codes sent by well-known software (who sends each is in src/data/statusCodes.ts). None has
// standard semantics: every generic client treats them as the x00 of their class (RFC 9110 §15).
import type { CodeKnowledge, RelatedCode } from '../types';

const AS_CLASS = (x00: number) => `No standard meaning: generic clients, caches and crawlers treat it as a plain ${x00}.`;

interface Short {
  code: number;
  meaning: string;
  useWhen: string;
  instead: RelatedCode[];
  headers?: { name: string; note: string }[];
  retry: string;
  monitoring: string;
  clients?: CodeKnowledge['clients'];
  misuse?: string;
}

/** Most unofficial codes share their structure: a vendor meaning, no guarantees, a registered code to use instead. */
function unofficial(s: Short): CodeKnowledge {
  const x00 = Math.floor(s.code / 100) * 100;
  return {
    code: s.code,
    meaning: s.meaning,
    guarantees: [`Only what the sending product documents; HTTP itself guarantees nothing beyond "${x00 === 400 ? 'client error' : x00 === 500 ? 'server error' : 'success'}" for the class.`],
    nonGuarantees: [AS_CLASS(x00), 'Not that other software uses the code the same way: several unofficial codes have more than one meaning.'],
    useWhen: [s.useWhen],
    misuses: [s.misuse ?? `Sending it from your own application: use ${s.instead.map((r) => r.code).join(' or ')} so every client understands it (status/unregistered-code).`],
    headers: s.headers ?? [{ name: 'Content-Type', note: 'The body is the only place the vendor explains the condition.' }],
    clients: s.clients ?? {},
    retry: s.retry,
    monitoring: s.monitoring,
    related: s.instead,
  };
}

export const codesUnofficial: CodeKnowledge[] = [
  unofficial({
    code: 218, meaning: 'Apache HTTP Server\'s "This is fine": used internally when an error response from a proxied backend passes through because of ProxyErrorOverride settings; not meant to reach clients as such.',
    useWhen: 'Never by applications; it only appears from Apache configurations.', instead: [{ code: 200, note: 'OK' }],
    retry: 'Not retried (treated as success).', monitoring: 'Success by class; investigate Apache proxy settings if clients see it.',
  }),
  unofficial({
    code: 419, meaning: 'Laravel\'s "Page Expired": the CSRF token of a form submission is missing or expired (often because the session expired or the page was open too long).',
    useWhen: 'It is Laravel\'s default for TokenMismatchException; you meet it, rather than choose it.',
    instead: [{ code: 403, note: 'refused (CSRF failure)' }, { code: 401, note: 'session expired, re-authenticate' }],
    clients: { browsers: 'Show Laravel\'s "Page Expired" page; reloading the form page gets a fresh token.', apiClients: 'Treated as a generic 400-class error: fetch `res.ok` false, axios rejects. SPAs must fetch a new CSRF token (e.g. /sanctum/csrf-cookie) and resubmit.' },
    retry: 'Retry after getting a fresh CSRF token / session.', monitoring: 'Client error; spikes mean session lifetime or cookie problems (SameSite, domain).',
  }),
  unofficial({
    code: 420, meaning: 'Twitter API v1\'s "Enhance Your Calm": the client is being rate limited. Older Spring Framework versions also defined 420 as "Method Failure" (deprecated).',
    useWhen: 'Legacy only: Twitter replaced it with 429.', instead: [{ code: 429, note: 'Too Many Requests, the registered rate-limit code' }],
    headers: [{ name: 'Retry-After', note: 'Not defined for 420 by any standard; clients ignore it unless they special-case 420.' }],
    clients: { apiClients: 'Generic clients see a 400-class error; retry libraries that back off on 429 do not recognize 420 and either give up or retry immediately.', crawlers: 'Googlebot treats it like other 4xx: pages are dropped rather than crawled more slowly (429 would slow it down).' },
    retry: 'Back off before retrying (there is no standard delay); better, move the server to 429 with Retry-After.', monitoring: 'Client error by class; treat like 429 (rate limiting) in dashboards.',
  }),
  unofficial({
    code: 430, meaning: 'Shopify: request header fields too large, also used when requests are blocked as abusive (e.g. too many requests from one client).',
    useWhen: 'Only Shopify storefronts/APIs send it.', instead: [{ code: 431, note: 'headers too large' }, { code: 429, note: 'rate limit' }],
    retry: 'Back off; reduce headers or request rate.', monitoring: 'Client error by class.',
  }),
  unofficial({
    code: 440, meaning: 'Microsoft IIS / Outlook Web Access: the client\'s session has expired and it must log in again.',
    useWhen: 'IIS-hosted applications (OWA) only.', instead: [{ code: 401, note: 'authenticate again' }],
    retry: 'Retry after logging in again.', monitoring: 'Client error by class; session lifetime signal.',
  }),
  unofficial({
    code: 444, meaning: 'nginx "No Response": `return 444;` makes nginx close the connection without sending anything. Clients never receive a 444; it appears only in nginx logs.',
    useWhen: 'nginx configurations that drop unwanted requests (bad Host headers, scanners).', instead: [{ code: 400, note: 'bad request' }, { code: 403, note: 'refused' }],
    misuse: 'Expecting clients to see it: they get an empty reply / connection reset instead (curl: "Empty reply from server").',
    clients: { browsers: 'See a connection error (ERR_EMPTY_RESPONSE), not a status.', apiClients: 'Get a network error (fetch: TypeError "fetch failed"/"socket hang up"; curl exit 52 "Empty reply from server").', monitors: 'Report the site as down with a connection error.' },
    retry: 'Retrying gets the same closed connection.', monitoring: 'Shows up in nginx logs only; on the client side count it as a connection failure.',
  }),
  unofficial({
    code: 449, meaning: 'Microsoft IIS "Retry With": the request should be retried after performing an action the server names (an Exchange ActiveSync legacy).',
    useWhen: 'Legacy Microsoft servers only.', instead: [{ code: 400, note: 'bad request' }],
    retry: 'Retry after the action the server specifies.', monitoring: 'Client error by class.',
  }),
  unofficial({
    code: 450, meaning: 'Windows Parental Controls blocked access to the page.',
    useWhen: 'Generated on the client machine by Windows; never by servers.', instead: [{ code: 403, note: 'refused' }],
    retry: 'Not retryable.', monitoring: 'Not a server metric.',
  }),
  unofficial({
    code: 460, meaning: 'AWS Elastic Load Balancing: the client closed the connection before the load balancer\'s idle timeout, typically because the client timed out first.',
    useWhen: 'Appears in ELB access logs; the client has already gone.', instead: [{ code: 499, note: 'nginx equivalent' }, { code: 408, note: 'request timeout' }],
    retry: 'Client-side decision; look at why the client gave up (its timeout vs the backend\'s latency).', monitoring: 'Log-only signal of client timeouts; correlate with backend latency.',
  }),
  unofficial({
    code: 463, meaning: 'AWS Elastic Load Balancing: the request\'s X-Forwarded-For header has more than 30 IP addresses (often a forwarding loop).',
    useWhen: 'Sent by ELB itself.', instead: [{ code: 400, note: 'bad request' }, { code: 508, note: 'loop detected (WebDAV)' }],
    retry: 'Not retryable; fix the proxy chain.', monitoring: 'Infrastructure misconfiguration (forwarding loop).',
  }),
  unofficial({
    code: 494, meaning: 'nginx "Request Header Too Large": used internally and in logs when the request head exceeds large_client_header_buffers; clients normally receive 400 with that text.',
    useWhen: 'nginx only.', instead: [{ code: 431, note: 'Request Header Fields Too Large' }],
    retry: 'Not retryable until headers (cookies, tokens) shrink.', monitoring: 'Client error; often cookie growth.',
  }),
  unofficial({
    code: 495, meaning: 'nginx: the client certificate failed verification (mutual TLS). Logged as 495; clients receive a 400 page.',
    useWhen: 'nginx with ssl_verify_client.', instead: [{ code: 400, note: 'bad request' }, { code: 403, note: 'refused' }],
    retry: 'Retry with a valid client certificate.', monitoring: 'Client error (mTLS configuration).',
  }),
  unofficial({
    code: 496, meaning: 'nginx: a client certificate is required but none was sent (mutual TLS). Logged as 496; clients receive a 400 page.',
    useWhen: 'nginx with ssl_verify_client on.', instead: [{ code: 400, note: 'bad request' }, { code: 401, note: 'authentication required' }],
    retry: 'Retry with a client certificate.', monitoring: 'Client error (mTLS configuration).',
  }),
  unofficial({
    code: 497, meaning: 'nginx: a plain HTTP request was sent to an HTTPS port. Logged as 497; clients receive a 400 page ("The plain HTTP request was sent to HTTPS port").',
    useWhen: 'nginx only; `error_page 497 https://$host$request_uri;` is a common trick to redirect.', instead: [{ code: 400, note: 'bad request' }, { code: 308, note: 'redirect to https' }],
    retry: 'Retry with https://.', monitoring: 'Client error; check links and the scheme of monitors.',
  }),
  unofficial({
    code: 498, meaning: 'Esri ArcGIS Server: the token is expired or otherwise invalid.',
    useWhen: 'ArcGIS services only.', instead: [{ code: 401, note: 'invalid credentials' }],
    retry: 'Retry with a fresh token.', monitoring: 'Client error; token lifetime signal.',
  }),
  unofficial({
    code: 499, meaning: 'nginx "Client Closed Request": the client closed the connection while nginx was still processing (or waiting on the upstream). It appears only in logs. Esri ArcGIS uses 499 for "Token Required".',
    useWhen: 'Log analysis: a 499 means the client gave up, often because the backend was slower than the client\'s timeout.', instead: [{ code: 408, note: 'request timeout' }, { code: 504, note: 'upstream timeout' }],
    clients: { browsers: 'Never see it; the user navigated away or the request was aborted.', apiClients: 'Never see it; their own timeout or abort fired first.' },
    retry: 'Client-side decision; a rise usually means latency above client timeouts.', monitoring: 'Log-only. Track it as a latency symptom, not as a client error.',
  }),
  unofficial({
    code: 509, meaning: 'Bandwidth Limit Exceeded: shared hosting (Apache with cPanel/bandwidth modules) uses it when the site used up its traffic allowance.',
    useWhen: 'Hosting control panels; not an application code.', instead: [{ code: 503, note: 'temporarily unavailable' }, { code: 429, note: 'rate limit for one client' }],
    clients: { crawlers: 'Treated like a 500-class error: crawling slows; persistent errors drop pages.', monitors: 'Down.' },
    retry: 'Not until the bandwidth period resets or the plan changes.', monitoring: 'Server error by class; a capacity/billing problem.',
  }),
  unofficial({
    code: 520, meaning: 'Cloudflare: the origin returned an empty, unknown or unexpected response (e.g. a crashed origin, invalid headers, or a response Cloudflare could not parse).',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 502, note: 'Bad Gateway' }],
    clients: { browsers: 'Show Cloudflare\'s branded error page naming the failing origin.', monitors: 'Down.' },
    retry: 'Retry idempotent requests with backoff; fix the origin (httpinspect framing rules often explain why Cloudflare rejected the response).', monitoring: 'Server error (origin).',
  }),
  unofficial({
    code: 521, meaning: 'Cloudflare: the origin refused the connection (web server down, or a firewall blocking Cloudflare\'s IPs).',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 502, note: 'Bad Gateway' }, { code: 503, note: 'unavailable' }],
    retry: 'Retry with backoff; check that the origin listens and allows Cloudflare IP ranges.', monitoring: 'Server error (origin down).',
  }),
  unofficial({
    code: 522, meaning: 'Cloudflare: the TCP connection to the origin timed out.',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 504, note: 'Gateway Timeout' }],
    retry: 'Retry with backoff; check origin load and firewalls.', monitoring: 'Server error (origin unreachable).',
  }),
  unofficial({
    code: 523, meaning: 'Cloudflare: the origin is unreachable (DNS or routing problem to the origin address).',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 502, note: 'Bad Gateway' }],
    retry: 'Retry with backoff; check origin DNS records.', monitoring: 'Server error (origin unreachable).',
  }),
  unofficial({
    code: 524, meaning: 'Cloudflare: the origin accepted the connection but did not send a response within Cloudflare\'s timeout (100 seconds by default).',
    useWhen: 'Generated by Cloudflare only; long jobs should use 202 and polling instead of holding the request.', instead: [{ code: 504, note: 'Gateway Timeout' }],
    retry: 'Retrying a slow request usually times out again; the origin may still complete it.', monitoring: 'Server error (latency).',
  }),
  unofficial({
    code: 525, meaning: 'Cloudflare: the TLS handshake between Cloudflare and the origin failed.',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 502, note: 'Bad Gateway' }],
    retry: 'Not helpful until the origin TLS configuration is fixed.', monitoring: 'Server error (origin TLS).',
  }),
  unofficial({
    code: 526, meaning: 'Cloudflare: the origin certificate could not be validated (Full (strict) SSL mode).',
    useWhen: 'Generated by Cloudflare only.', instead: [{ code: 502, note: 'Bad Gateway' }],
    retry: 'Not helpful until the origin certificate is fixed.', monitoring: 'Server error (origin certificate).',
  }),
  unofficial({
    code: 527, meaning: 'Cloudflare Railgun error: the connection between Cloudflare and the origin\'s Railgun listener failed. Railgun has been retired.',
    useWhen: 'Legacy Cloudflare Railgun setups only.', instead: [{ code: 502, note: 'Bad Gateway' }],
    retry: 'Retry with backoff.', monitoring: 'Server error (origin connection).',
  }),
  unofficial({
    code: 529, meaning: '"Site is overloaded": sent by Qualys SSL Labs and some APIs when the service is overloaded.',
    useWhen: 'Only those services.', instead: [{ code: 503, note: 'Service Unavailable' }],
    retry: 'Retry later with backoff.', monitoring: 'Server error (capacity).',
  }),
  unofficial({
    code: 530, meaning: 'Cloudflare returns 530 together with a 1xxx error page (e.g. origin DNS errors); Pantheon uses it for a "frozen" (inactive) site.',
    useWhen: 'Generated by those platforms only.', instead: [{ code: 502, note: 'Bad Gateway' }, { code: 503, note: 'unavailable' }],
    retry: 'Look at the accompanying 1xxx error first; retrying rarely helps.', monitoring: 'Server error (platform).',
  }),
  unofficial({
    code: 561, meaning: 'AWS Elastic Load Balancing: an error from the identity provider while authenticating the user (ALB authentication actions).',
    useWhen: 'Generated by ALB only.', instead: [{ code: 401, note: 'Unauthorized' }, { code: 502, note: 'Bad Gateway (IdP error)' }],
    retry: 'Retry after checking the IdP configuration.', monitoring: 'Server error by class; authentication infrastructure.',
  }),
  unofficial({
    code: 598, meaning: 'Informal convention used by some HTTP proxies: a network read timeout behind the proxy.',
    useWhen: 'Some proxies only.', instead: [{ code: 504, note: 'Gateway Timeout' }],
    retry: 'Retry idempotent requests with backoff.', monitoring: 'Server error (upstream latency).',
  }),
  unofficial({
    code: 599, meaning: 'Informal convention used by some proxies and clients: a network connect timeout behind the proxy.',
    useWhen: 'Some proxies and client libraries only.', instead: [{ code: 504, note: 'Gateway Timeout' }, { code: 502, note: 'Bad Gateway' }],
    retry: 'Retry idempotent requests with backoff.', monitoring: 'Server error (upstream connectivity).',
  }),
];
