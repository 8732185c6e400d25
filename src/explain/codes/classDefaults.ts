// How each kind of client treats a code it has no special handling for: the behaviour of the class's x00
// (RFC 9110 §15: an unrecognized code is treated as the x00 of its class). Rarer codes fall back to these.
import type { ClientTreatment } from '../types';

export const CLASS_DEFAULTS: Record<1 | 2 | 3 | 4 | 5, ClientTreatment> = {
  1: {
    browsers: 'Handle interim responses inside the network stack; page scripts never see them, and an unknown 1xx is skipped while the browser waits for the final response.',
    apiClients: 'Most clients consume 1xx responses silently and report only the final status; Node exposes them through the "information" event, curl shows them with -v.',
    crawlers: 'Not visible: crawlers act on the final response that follows.',
    monitors: 'Not visible: monitors see only the final status.',
    cdns: 'Proxies forward or drop interim responses (HTTP/1.0 hops must not receive them); they are never cached.',
  },
  2: {
    browsers: 'Treat the response as a success and render or hand over its content; whether it is cached depends on the code and Cache-Control.',
    apiClients: 'Success: fetch sets `res.ok` to true, axios resolves, `requests` does not raise; the body is parsed if the client is asked to.',
    crawlers: 'A 2xx page is a candidate for indexing; crawlers judge the content, not the code, for soft errors.',
    monitors: 'Counted as up / healthy by default (UptimeRobot, Pingdom and most health checks accept any 2xx).',
    cdns: 'Cached only when the code is cacheable by default or the response has explicit freshness (Cache-Control / Expires).',
  },
  3: {
    browsers: 'Without a Location the browser shows the response body; an unknown 3xx is not followed automatically.',
    apiClients: 'fetch and axios follow only 301, 302, 303, 307 and 308; other 3xx codes come back as the final response (fetch: `res.ok` false; axios rejects, since only 2xx resolve by default).',
    crawlers: 'Only the redirect codes with Location are followed; other 3xx pages are generally not indexed.',
    monitors: 'Many monitors count 3xx as up, or follow redirects and judge the final response; check the monitor\'s "follow redirects" setting.',
    cdns: 'Passed through; cached only with explicit freshness.',
  },
  4: {
    browsers: 'Render the response body as the page (or the browser\'s own error page if the body is empty); the code is visible to scripts.',
    apiClients: 'fetch resolves with `res.ok` false (no exception); axios rejects with an error whose `response.status` holds the code; `requests` raises only on `raise_for_status()`; curl exits 0 unless --fail is given.',
    crawlers: 'Googlebot drops 4xx URLs (except 429) from the index and does not treat them as a reason to slow down.',
    monitors: 'Counted as down by default in most uptime monitors (UptimeRobot and Pingdom treat 4xx and 5xx as failures); many teams exclude 4xx from error-rate alerts since the client caused them.',
    cdns: 'Usually forwarded uncached unless the code is cacheable by default (404, 405, 410, 414) or the response carries freshness; CloudFront caches many 4xx for 10 seconds by default.',
  },
  5: {
    browsers: 'Render the response body (or the browser\'s own error page); nothing is retried automatically.',
    apiClients: 'fetch resolves with `res.ok` false; axios rejects; retrying libraries (axios-retry, urllib3 Retry, AWS/Google SDKs) retry idempotent requests on 5xx with backoff.',
    crawlers: 'Googlebot slows crawling on 5xx and keeps indexed pages for a while, then drops URLs that keep failing.',
    monitors: 'Counted as down; 5xx responses are the core of server error-rate SLOs and alerts.',
    cdns: 'Not cached by default (CloudFront caches some 5xx for 10 seconds); many CDNs can serve a stale cached copy instead (stale-if-error, "serve stale") and fail over to another origin.',
  },
};
