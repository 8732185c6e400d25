// 3xx Redirection. 301, 302, 303, 304, 307 and 308 are written in full; 300, 305, 306 are shorter.
import type { CodeKnowledge } from '../types';

const FOLLOWED_BY_MONITORS = 'Most uptime monitors follow redirects by default and judge the final response; with following disabled, a 3xx usually counts as up. A redirect chain that ends on a login page hides outages.';

export const codes3xx: CodeKnowledge[] = [
  {
    code: 300,
    meaning: 'The resource has several representations (e.g. formats or languages) and the server lets the client choose; a preferred one may be named in Location.',
    guarantees: ['Several representations exist; the body should list them with links.'],
    nonGuarantees: ['There is no standard list format, so automatic selection is not possible.'],
    useWhen: ['Rarely: agent-driven negotiation where the user picks a variant.'],
    misuses: ['Using it as a generic redirect: clients do not follow it automatically.'],
    headers: [{ name: 'Location', note: 'Optional preferred choice; browsers may follow it.' }],
    clients: { cdns: 'Cacheable by default (heuristically), like 200.' },
    retry: 'Not retried.',
    monitoring: 'Neither success nor failure; unusual in practice.',
    related: [{ code: 406, note: 'no acceptable representation' }, { code: 302, note: 'a plain temporary redirect' }],
  },
  {
    code: 301,
    meaning: 'The resource has a new permanent URI, given in Location. Clients should use the new URI from now on, and links should be updated.',
    guarantees: [
      'The target has moved for good; future requests should go to Location.',
      'It is cacheable by default: clients may remember the redirect without asking again.',
    ],
    nonGuarantees: [
      'Not that the method is kept: for historical reasons clients may (and browsers do) change POST to GET and drop the body.',
      'Not reversible in practice: browsers cache 301s, sometimes indefinitely, so undoing one is hard.',
    ],
    useWhen: [
      'Permanent moves of pages: new domain, HTTP→HTTPS, new URL structure, canonical trailing-slash fixes, for GET/HEAD traffic.',
    ],
    misuses: [
      'Redirecting API endpoints that receive POST/PUT with 301: the method becomes GET and the body is lost; use 308.',
      'Using 301 for a temporary situation (maintenance, A/B test, login): browsers and crawlers remember it.',
      'Redirect chains and loops (A→B→C, or A→B→A).',
      'Omitting Location (status/redirect-without-location).',
    ],
    headers: [
      { name: 'Location', note: 'The new URI; required for the redirect to be followed.' },
      { name: 'Cache-Control', note: 'Bounds how long browsers remember the redirect (e.g. max-age=86400) while you are unsure it is permanent.' },
    ],
    clients: {
      browsers: 'Follow it at once, change a POST into a GET, and cache it (often without expiry when no Cache-Control says otherwise), so later visits go straight to the new URL without contacting the old one.',
      apiClients: 'fetch and axios (follow-redirects) follow it, turning POST into GET; fetch stops after 20 redirects. curl follows only with -L and then also switches POST to GET (unless --post301). Python requests follows it, switching POST to GET.',
      crawlers: 'Googlebot follows it (up to 10 hops) and treats it as a strong signal that the target is canonical: ranking signals move to the new URL and the old one leaves the index.',
      monitors: FOLLOWED_BY_MONITORS,
      cdns: 'Cacheable by default: Cloudflare caches 301 for 120 minutes without Cache-Control. CDNs and proxies pass Location through unchanged (relative URIs are resolved by the client).',
    },
    retry: 'Not a retry case: clients follow the redirect. Loops end with an error (browsers: ERR_TOO_MANY_REDIRECTS).',
    monitoring: 'Neither an error nor a success by itself; track redirect counts and chain lengths, and alert on loops or unexpected redirects of API endpoints.',
    related: [
      { code: 308, note: 'permanent redirect that keeps the method and body' },
      { code: 302, note: 'temporary redirect' },
      { code: 410, note: 'gone, with no replacement' },
    ],
  },
  {
    code: 302,
    meaning: 'The resource is temporarily under another URI, given in Location; the client should keep using the original URI for future requests.',
    guarantees: ['The redirect is temporary; the original URI stays the one to use.', 'Location gives the URI to request instead, resolved against the request URI when relative.'],
    nonGuarantees: [
      'Not that the method is kept: browsers and most clients turn POST into GET (the reason 303 and 307 exist).',
      'Not cacheable unless Cache-Control or Expires says so.',
    ],
    useWhen: [
      'Temporary redirects of GET traffic: login redirects, maintenance pages, locale or device routing.',
    ],
    misuses: [
      'Redirecting non-GET API requests with 302 when the method must be preserved: use 307.',
      'Using 302 for a permanent move: search engines may keep the old URL as canonical.',
      'After a form POST, prefer 303 to say explicitly "go GET this".',
    ],
    headers: [
      { name: 'Location', note: 'The temporary target.' },
      { name: 'Cache-Control', note: 'Usually `no-store` or a short max-age: temporary redirects should not be remembered long.' },
    ],
    clients: {
      browsers: 'Follow it immediately, changing POST to GET; do not cache it without explicit freshness.',
      apiClients: 'fetch and axios follow it (POST becomes GET); curl follows only with -L (also switching POST to GET unless --post302); requests follows it. Cross-origin redirects drop Authorization in current fetch implementations and in requests.',
      crawlers: 'Googlebot follows it but treats it as a weak canonical signal: the original URL usually stays indexed. Long-lived 302s may eventually be treated as permanent.',
      monitors: FOLLOWED_BY_MONITORS,
      cdns: 'Cloudflare caches 302 for 20 minutes by default when no Cache-Control is present; send `Cache-Control: no-store` on per-user redirects (e.g. to a login page).',
    },
    retry: 'Not a retry case: clients follow it.',
    monitoring: 'Neither success nor failure. A sudden rise of 302s to a login or error page is a classic hidden outage.',
    related: [
      { code: 303, note: 'see other: always GET the target' },
      { code: 307, note: 'temporary, keeps method and body' },
      { code: 301, note: 'permanent' },
    ],
  },
  {
    code: 303,
    meaning: 'The server directs the client to another resource (Location) that should be retrieved with GET, typically a result or status page for the action just performed.',
    guarantees: [
      'The client will GET (or HEAD) the target, whatever the original method was.',
      'The target is a different resource, not a new location of the original one.',
    ],
    nonGuarantees: [
      'Not that the original resource moved: 303 says nothing about the original URI.',
      'Not cacheable by default.',
    ],
    useWhen: [
      'Post/Redirect/Get: after a form POST, send the browser to the result page so reloading does not resubmit.',
      'A job status resource redirecting to the finished result.',
      'Redirecting to an existing resource instead of creating a duplicate.',
    ],
    misuses: ['Using it for moved pages (use 301/308 or 302/307).', 'Omitting Location.'],
    headers: [{ name: 'Location', note: 'The resource to GET.' }],
    clients: {
      browsers: 'Follow it with GET (dropping the body); reload on the result page does not resubmit the form.',
      apiClients: 'fetch and axios follow it with GET; curl -L switches to GET (unless --post303); requests follows with GET.',
      crawlers: 'Treated like a temporary redirect (weak canonical signal).',
      monitors: FOLLOWED_BY_MONITORS,
      cdns: 'Cloudflare caches 303 for 20 minutes by default without Cache-Control; otherwise passed through.',
    },
    retry: 'Not a retry case: clients follow it.',
    monitoring: 'Neither success nor failure; for form endpoints 303 is the normal success path.',
    related: [
      { code: 302, note: 'ambiguous predecessor' },
      { code: 201, note: 'created, without redirecting' },
      { code: 202, note: 'accepted; a status monitor may later answer 303 to the result' },
    ],
  },
  {
    code: 304,
    meaning: 'The answer to a conditional GET or HEAD (If-None-Match / If-Modified-Since): the client\'s stored copy is still valid and should be used. There is no content.',
    guarantees: [
      'The representation has not changed since the validator the client sent; the cached copy can be reused.',
      'The response ends after its header section (no body, ever).',
      'It carries the headers that would have been in a 200 for freshness and variation: Cache-Control, Content-Location, Date, ETag, Expires, Vary.',
    ],
    nonGuarantees: [
      'Not meaningful for a client without a cached copy: only send it to conditional requests.',
      'Not that other headers are updated: a 304 updates the stored headers it includes and nothing else.',
    ],
    useWhen: ['Answering a conditional GET/HEAD whose validator (ETag or date) still matches.'],
    misuses: [
      'Writing a body with it (framing/body-on-304).',
      'Sending 304 to an unconditional request.',
      'Dropping ETag/Cache-Control from the 304 so the cache entry loses them or expires at once.',
      'Answering with 304 for a state-changing method (those get 412 when a precondition fails).',
    ],
    headers: [
      { name: 'ETag', note: 'Same validator as the stored copy.' },
      { name: 'Cache-Control / Expires', note: 'Refresh the stored copy\'s lifetime.' },
      { name: 'Vary', note: 'As it would be on the 200.' },
      { name: 'Date', note: 'Lets caches compute age.' },
    ],
    clients: {
      browsers: 'Revalidate cached entries with If-None-Match/If-Modified-Since and, on 304, use the stored copy. Page code using fetch normally sees a 200 with the cached body; it sees the 304 itself only when it set the conditional headers by hand (or used `cache: "no-store"` with them).',
      apiClients: 'curl shows the bare 304. axios rejects it by default (only 2xx pass validateStatus), so code sending If-None-Match must accept 304. requests returns it without raising; HTTP caching libraries (cachecontrol, undici cache interceptors) turn it back into the stored response.',
      crawlers: 'Googlebot sends conditional requests and reads 304 as "unchanged since last crawl", which saves crawl budget; the page keeps its indexed content.',
      monitors: 'Monitors rarely send conditional requests; if one gets 304 it is usually counted as up (3xx).',
      cdns: 'CDNs revalidate expired entries with the origin and refresh them on 304, and answer clients\' own conditional requests with 304 from the edge. A 304 with a body desynchronises proxy connections.',
    },
    retry: 'Not retried; it is a successful revalidation.',
    monitoring: 'Success (treat as a cache hit). A high 304 ratio is healthy for static assets and polled APIs.',
    related: [
      { code: 200, note: 'the full representation when it changed' },
      { code: 412, note: 'a precondition failed for a state-changing or If-Match request' },
      { code: 204, note: 'the other bodyless success' },
    ],
  },
  {
    code: 305,
    meaning: 'Deprecated: once told the client to repeat the request through the proxy in Location. Removed for security reasons (a server could redirect clients through an attacker\'s proxy).',
    guarantees: ['Nothing: clients ignore it.'],
    nonGuarantees: ['Browsers do not use the proxy it names.'],
    useWhen: ['Never.'],
    misuses: ['Sending it at all.'],
    headers: [{ name: 'Location', note: 'Named the proxy; ignored.' }],
    clients: { browsers: 'Ignore the instruction; no proxy is used.' },
    retry: 'Not retried.',
    monitoring: 'Anomaly: investigate the server that sends it.',
    related: [{ code: 307, note: 'a real temporary redirect' }],
  },
  {
    code: 306,
    meaning: 'Reserved and unused: it was "Switch Proxy" in a draft of HTTP/1.1 and has no meaning today.',
    guarantees: ['Nothing.'],
    nonGuarantees: ['No client attaches any meaning to it.'],
    useWhen: ['Never.'],
    misuses: ['Sending it at all: clients treat it as an unknown 3xx (like 300).'],
    headers: [{ name: '(none)', note: 'No header gives it meaning.' }],
    clients: {},
    retry: 'Not retried.',
    monitoring: 'Anomaly: investigate the sender.',
    related: [{ code: 307, note: 'temporary redirect' }, { code: 308, note: 'permanent redirect' }],
  },
  {
    code: 307,
    meaning: 'The resource is temporarily under the URI in Location, and the client must repeat the request there with the same method and body.',
    guarantees: [
      'The method and body are preserved: a POST stays a POST.',
      'The original URI stays the one to use for future requests.',
    ],
    nonGuarantees: [
      'Not cacheable by default.',
      'Not that clients resend large or streamed bodies: some cannot (a streamed upload cannot be replayed) and fail instead.',
    ],
    useWhen: [
      'Temporary redirects of API calls with non-GET methods (region failover, load shedding, maintenance).',
      'Any temporary redirect where POST must not become GET.',
    ],
    misuses: ['Using it for permanent moves (use 308).', 'Redirecting cross-origin with credentials and expecting them to follow.'],
    headers: [{ name: 'Location', note: 'The temporary target.' }, { name: 'Cache-Control', note: 'No caching unless intended.' }],
    clients: {
      browsers: 'Follow it repeating the method and body (a POST form is re-posted). Chrome also shows an internal 307 when it upgrades a request to HTTPS because of HSTS; that one never reaches the server.',
      apiClients: 'fetch, axios and requests follow it keeping method and body; fetch fails if the body is a stream that cannot be replayed. curl -L follows it keeping the method.',
      crawlers: 'Treated like 302: a temporary redirect, weak canonical signal.',
      monitors: FOLLOWED_BY_MONITORS,
      cdns: 'Not cached by default (not in Cloudflare\'s default status list); passed through.',
    },
    retry: 'Not a retry case: clients follow it (a follow is effectively a re-send of the request to another URI).',
    monitoring: 'Neither success nor failure; watch for unexpected redirects of API traffic.',
    related: [
      { code: 302, note: 'temporary, method may change' },
      { code: 308, note: 'permanent, keeps the method' },
      { code: 303, note: 'deliberately switch to GET' },
    ],
  },
  {
    code: 308,
    meaning: 'The resource has a new permanent URI in Location, and the client must repeat the request there with the same method and body, and use the new URI from now on.',
    guarantees: [
      'The move is permanent and the method and body are preserved.',
      'It is cacheable by default, like 301.',
    ],
    nonGuarantees: [
      'Not supported by very old clients (pre-2015 browsers and libraries treat it as an unknown 3xx).',
      'Not reversible in practice once cached by browsers.',
    ],
    useWhen: [
      'Permanent moves of API endpoints that receive POST/PUT/PATCH/DELETE.',
      'HTTP→HTTPS or domain moves where non-GET requests must survive.',
    ],
    misuses: ['Using it for temporary moves (use 307).', 'Omitting Location.'],
    headers: [
      { name: 'Location', note: 'The new permanent URI.' },
      { name: 'Cache-Control', note: 'Bound how long the redirect is remembered if you may need to undo it.' },
    ],
    clients: {
      browsers: 'Follow it with the same method and body and cache it like 301 (heuristically cacheable), so the old URL is skipped afterwards.',
      apiClients: 'fetch, axios and requests follow it keeping method and body; curl -L follows it keeping the method. Non-replayable streamed bodies make the follow fail.',
      crawlers: 'Google treats 308 like 301: a strong signal that the target is canonical.',
      monitors: FOLLOWED_BY_MONITORS,
      cdns: 'Cacheable per RFC 9111, but Cloudflare does not cache 308 by default (only 301 among permanent redirects) unless Cache-Control says so.',
    },
    retry: 'Not a retry case: clients follow it.',
    monitoring: 'Neither success nor failure; track redirect chains and loops.',
    related: [
      { code: 301, note: 'permanent, method may change to GET' },
      { code: 307, note: 'temporary, keeps the method' },
    ],
  },
];
