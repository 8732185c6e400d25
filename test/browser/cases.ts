// The CORS configurations the browser suite runs: each is one fetch() from the page and one httpinspect
// run against the lab's /cors endpoint (knobs documented at the top of src/lab/corsEndpoint.ts).
// `expect` states what the configuration is built to exercise; the suite checks it, and above all that
// httpinspect's verdict equals what Chromium did.

export interface CaseContext {
  /** The page's origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  /** Base URL of a second lab (another origin), for cross-origin redirects. */
  otherLab: string;
}

export interface CorsCase {
  name: string;
  /** As typed, for fetch() and for `-X` alike (fetch() upper-cases delete/get/head/options/post/put; so does httpinspect). */
  method?: string;
  headers?: Array<[string, string]>;
  body?: string;
  /** fetch(…, { credentials: 'include' }) and `--credentials`; an Authorization header does not imply it. */
  credentials?: boolean;
  /** Query knobs of /cors (without `case=`, which the suite adds so that no preflight cache is shared). */
  knobs: (ctx: CaseContext) => string;
  /** Follows redirects (httpinspect -L; a browser always follows). */
  follow?: boolean;
  expect: { verdict: 'allowed' } | { verdict: 'blocked'; rule: string };
  /**
   * The documented deviation: Fetch blocks (`expect`), Chromium today allows, and httpinspect's verdict must
   * show both answers (`chromium`, `deviation`, the explanation).
   */
  chromiumAllows?: true;
}

const e = encodeURIComponent;
const ALLOWED = { verdict: 'allowed' } as const;
const blocked = (rule: string) => ({ verdict: 'blocked', rule: `cors/${rule}` }) as const;
/** A passing preflight for `method` (plus extra knobs), and an actual response that passes too. */
const okPreflight = (method: string, extra = '') => `pacao=echo&pacam=${method}&pmaxage=600${extra}&acao=echo&vary=Origin`;
const CREDENTIALED_OK = 'pacao=echo&pacac=true&acao=echo&acac=true&vary=Origin';
const BEARER: Array<[string, string]> = [['Authorization', 'Bearer t0ken']];
/** A /cors URL on the other lab (a cross-origin redirect target); `tag` keeps it apart from other cases' URLs. */
const elsewhere = (c: CaseContext, tag: string, knobs: string) => `${c.otherLab}/cors?${knobs}&tag=${tag}`;
/** A first hop that passes its preflight for `method` and answers `status` with Location: `next`. */
const redirectingTo = (method: string, status: number, next: string) => `${okPreflight(method)}&status=${status}&location=${e(next)}`;

export const corsCases: CorsCase[] = [
  // --- simple requests: no preflight, the CORS check on the response ---------------------------------
  { name: 'GET, ACAO echoes the origin', knobs: () => 'acao=echo&vary=Origin', expect: ALLOWED },
  { name: 'GET, ACAO *', knobs: () => 'acao=*', expect: ALLOWED },
  { name: 'GET, no ACAO', knobs: () => '', expect: blocked('missing-allow-origin') },
  { name: 'GET, ACAO names another origin', knobs: () => `acao=${e('https://other.example')}`, expect: blocked('origin-not-allowed') },
  { name: 'GET, ACAO with a trailing slash', knobs: (c) => `acao=${e(`${c.origin}/`)}`, expect: blocked('invalid-allow-origin') },
  { name: 'GET, ACAO upper-case scheme', knobs: (c) => `acao=${e(c.origin.replace('http:', 'HTTP:'))}`, expect: blocked('origin-not-allowed') },
  { name: 'GET, two ACAO lines', knobs: () => 'acao=echo&acao=echo', expect: blocked('invalid-allow-origin') },
  { name: 'GET, ACAO lists two origins', knobs: (c) => `acao=${e(`${c.origin}, https://other.example`)}`, expect: blocked('invalid-allow-origin') },
  { name: 'GET, ACAO null', knobs: () => 'acao=null', expect: blocked('origin-not-allowed') },
  { name: 'GET, ACAO *.pattern', knobs: () => `acao=${e('http://*.0.0.1')}`, expect: blocked('invalid-allow-origin') },
  { name: 'GET, status 500 with ACAO', knobs: () => 'status=500&acao=echo&vary=Origin', expect: ALLOWED },
  { name: 'HEAD, ACAO *', method: 'HEAD', knobs: () => 'acao=*', expect: ALLOWED },
  { name: 'GET with Accept-Language (safelisted), ACAO *', headers: [['Accept-Language', 'en-US,en;q=0.9']], knobs: () => 'acao=*', expect: ALLOWED },
  { name: 'POST text/plain, ACAO echo', method: 'POST', body: 'hello', headers: [['Content-Type', 'text/plain']], knobs: () => 'acao=echo&vary=Origin', expect: ALLOWED },
  { name: 'POST form, no ACAO', method: 'POST', body: 'a=1', headers: [['Content-Type', 'application/x-www-form-urlencoded']], knobs: () => '', expect: blocked('missing-allow-origin') },

  // --- credentials on a simple request --------------------------------------------------------------
  { name: 'credentialed GET, ACAO *', credentials: true, knobs: () => 'acao=*&acac=true', expect: blocked('wildcard-with-credentials') },
  { name: 'credentialed GET, no ACAC', credentials: true, knobs: () => 'acao=echo&vary=Origin', expect: blocked('missing-allow-credentials') },
  { name: 'credentialed GET, ACAC TRUE', credentials: true, knobs: () => 'acao=echo&acac=TRUE&vary=Origin', expect: blocked('credentials-not-true') },
  { name: 'credentialed GET, ACAC true', credentials: true, knobs: () => 'acao=echo&acac=true&vary=Origin', expect: ALLOWED },
  { name: 'uncredentialed GET, ACAO * with ACAC true', knobs: () => 'acao=*&acac=true', expect: ALLOWED },

  // --- preflighted methods ----------------------------------------------------------------------------
  { name: 'PUT, preflight allows PUT', method: 'PUT', knobs: () => okPreflight('PUT'), expect: ALLOWED },
  { name: 'PATCH, preflight allows PATCH', method: 'PATCH', knobs: () => okPreflight('PATCH'), expect: ALLOWED },
  { name: 'DELETE, preflight allows GET, POST', method: 'DELETE', knobs: () => okPreflight(e('GET, POST')), expect: blocked('method-not-allowed') },
  { name: 'DELETE, preflight without ACAM', method: 'DELETE', knobs: () => 'pacao=echo&acao=echo', expect: blocked('method-not-allowed') },
  { name: 'PUT, preflight allows lower-case put', method: 'PUT', knobs: () => okPreflight('put'), expect: blocked('method-not-allowed') },
  { name: 'PUT, unparsable ACAM', method: 'PUT', knobs: () => okPreflight(e('PUT, (all)')), expect: blocked('method-not-allowed') },
  { name: 'PUT, preflight ACAM *', method: 'PUT', knobs: () => okPreflight('*'), expect: ALLOWED },
  { name: 'PUT, preflight without ACAO', method: 'PUT', knobs: () => 'pacam=PUT&acao=echo', expect: blocked('preflight-missing-allow-origin') },
  { name: 'PUT, preflight ACAO names another origin', method: 'PUT', knobs: () => `pacao=${e('https://other.example')}&pacam=PUT&acao=echo`, expect: blocked('origin-not-allowed') },
  { name: 'PUT, preflight status 403', method: 'PUT', knobs: () => okPreflight('PUT', '&pstatus=403'), expect: blocked('preflight-failed-status') },
  { name: 'PUT, preflight status 404', method: 'PUT', knobs: () => okPreflight('PUT', '&pstatus=404'), expect: blocked('preflight-failed-status') },
  { name: 'PUT, preflight status 500', method: 'PUT', knobs: () => okPreflight('PUT', '&pstatus=500'), expect: blocked('preflight-failed-status') },
  { name: 'PUT, preflight redirects (301)', method: 'PUT', knobs: () => okPreflight('PUT', '&pstatus=301'), expect: blocked('preflight-failed-status') },
  { name: 'PUT, preflight status 200 with a body', method: 'PUT', knobs: () => okPreflight('PUT', '&pstatus=200&pbody=ok'), expect: ALLOWED },
  { name: 'PUT, preflight passes, response has no ACAO', method: 'PUT', knobs: () => 'pacao=echo&pacam=PUT', expect: blocked('missing-allow-origin') },

  // --- preflighted headers ----------------------------------------------------------------------------
  { name: 'GET + X-Custom, preflight allows x-custom', headers: [['X-Custom', 'a']], knobs: () => okPreflight('GET', '&pacah=x-custom'), expect: ALLOWED },
  { name: 'GET + X-Custom, preflight allows X-CUSTOM (case-insensitive)', headers: [['X-Custom', 'a']], knobs: () => okPreflight('GET', '&pacah=X-CUSTOM'), expect: ALLOWED },
  { name: 'GET + X-Custom, preflight without ACAH', headers: [['X-Custom', 'a']], knobs: () => okPreflight('GET'), expect: blocked('header-not-allowed') },
  { name: 'GET + X-Custom, preflight ACAH *', headers: [['X-Custom', 'a']], knobs: () => okPreflight('GET', '&pacah=*'), expect: ALLOWED },
  { name: 'GET + X-A and X-B, preflight allows only x-a', headers: [['X-A', '1'], ['X-B', '2']], knobs: () => okPreflight('GET', '&pacah=x-a'), expect: blocked('header-not-allowed') },
  { name: 'POST JSON, preflight allows content-type', method: 'POST', body: '{}', headers: [['Content-Type', 'application/json']], knobs: () => okPreflight('POST', '&pacah=content-type'), expect: ALLOWED },
  { name: 'POST JSON, preflight allows only x-other', method: 'POST', body: '{}', headers: [['Content-Type', 'application/json']], knobs: () => okPreflight('POST', '&pacah=x-other'), expect: blocked('header-not-allowed') },

  // --- credentialed preflights ------------------------------------------------------------------------
  { name: 'credentialed PUT, all allowed', method: 'PUT', credentials: true, knobs: () => `${CREDENTIALED_OK}&pacam=PUT`, expect: ALLOWED },
  { name: 'credentialed PUT, preflight ACAO *', method: 'PUT', credentials: true, knobs: () => 'pacao=*&pacac=true&pacam=PUT&acao=echo&acac=true', expect: blocked('wildcard-with-credentials') },
  { name: 'credentialed PUT, preflight without ACAC', method: 'PUT', credentials: true, knobs: () => 'pacao=echo&pacam=PUT&acao=echo&acac=true', expect: blocked('missing-allow-credentials') },
  { name: 'credentialed PUT, preflight ACAM *', method: 'PUT', credentials: true, knobs: () => `${CREDENTIALED_OK}&pacam=*`, expect: blocked('method-not-allowed') },
  { name: 'credentialed PUT, response without ACAC', method: 'PUT', credentials: true, knobs: () => 'pacao=echo&pacac=true&pacam=PUT&acao=echo', expect: blocked('missing-allow-credentials') },
  { name: 'Authorization, preflight allows authorization', headers: [['Authorization', 'Bearer t0ken']], credentials: true, knobs: () => `${CREDENTIALED_OK}&pacah=authorization`, expect: ALLOWED },
  { name: 'Authorization, preflight ACAH *', headers: [['Authorization', 'Bearer t0ken']], credentials: true, knobs: () => `${CREDENTIALED_OK}&pacah=*`, expect: blocked('header-not-allowed') },

  // --- Authorization without credentials: an ordinary non-safelisted header -----------------------
  {
    name: 'PATCH + Authorization, no credentials, exact origin, method, header and Vary, no ACAC',
    method: 'PATCH',
    headers: BEARER,
    knobs: () => 'pacao=echo&pacam=PATCH&pacah=authorization&pvary=Origin&pmaxage=600&acao=echo&vary=Origin',
    expect: ALLOWED,
  },
  { name: 'Authorization, no credentials, ACAO * on both', headers: BEARER, knobs: () => 'pacao=*&pacah=authorization&pmaxage=600&acao=*', expect: ALLOWED },
  { name: 'Authorization, no credentials, preflight ACAH Authorization (any case)', headers: BEARER, knobs: () => 'pacao=*&pacah=Authorization&pmaxage=600&acao=*', expect: ALLOWED },
  { name: 'Authorization, no credentials, preflight without ACAH', headers: BEARER, knobs: () => 'pacao=*&pmaxage=600&acao=*', expect: blocked('header-not-allowed') },
  { name: 'Authorization, no credentials, preflight ACAH *', headers: BEARER, knobs: () => 'pacao=*&pacah=*&pmaxage=600&acao=*', expect: blocked('header-not-allowed'), chromiumAllows: true },
  { name: 'Authorization + X-Custom, no credentials, preflight ACAH *', headers: [...BEARER, ['X-Custom', '1']], knobs: () => 'pacao=*&pacah=*&pmaxage=600&acao=*', expect: blocked('header-not-allowed'), chromiumAllows: true },
  { name: 'Authorization, no credentials, ACAH *, response without ACAO', headers: BEARER, knobs: () => 'pacao=*&pacah=*&pmaxage=600', expect: blocked('header-not-allowed') },
  { name: 'Authorization, credentials, preflight without ACAC', headers: BEARER, credentials: true, knobs: () => 'pacao=echo&pacah=authorization&acao=echo&acac=true&vary=Origin', expect: blocked('missing-allow-credentials') },
  { name: 'Authorization, credentials, preflight ACAO *', headers: BEARER, credentials: true, knobs: () => 'pacao=*&pacac=true&pacah=authorization&acao=echo&acac=true&vary=Origin', expect: blocked('wildcard-with-credentials') },
  { name: 'Authorization, credentials, response without ACAC', headers: BEARER, credentials: true, knobs: () => 'pacao=echo&pacac=true&pacah=authorization&acao=echo&vary=Origin', expect: blocked('missing-allow-credentials') },
  { name: 'Cookie set by the page (a browser drops it), ACAO *', headers: [['Cookie', 'sid=1']], knobs: () => 'acao=*', expect: ALLOWED },

  // --- method case: fetch() upper-cases delete, get, head, options, post, put, and nothing else ---------
  { name: 'put, preflight allows PUT', method: 'put', knobs: () => okPreflight('PUT'), expect: ALLOWED },
  { name: 'delete, preflight allows delete', method: 'delete', knobs: () => okPreflight('delete'), expect: blocked('method-not-allowed') },
  { name: 'delete, preflight allows DELETE', method: 'delete', knobs: () => okPreflight('DELETE'), expect: ALLOWED },
  { name: 'patch, preflight allows PATCH', method: 'patch', knobs: () => okPreflight('PATCH'), expect: blocked('method-not-allowed') },
  { name: 'patch, preflight allows patch', method: 'patch', knobs: () => okPreflight('patch'), expect: ALLOWED },
  { name: 'get, no preflight, ACAO *', method: 'get', knobs: () => 'acao=*', expect: ALLOWED },
  { name: 'post text/plain, no preflight, no ACAO', method: 'post', body: 'x', headers: [['Content-Type', 'text/plain']], knobs: () => '', expect: blocked('missing-allow-origin') },

  // --- redirects (a browser follows them; httpinspect with -L) -------------------------------------
  {
    name: 'GET redirected within the lab, both hops with ACAO',
    follow: true,
    knobs: () => `status=302&acao=echo&vary=Origin&location=${e('/cors?acao=echo&vary=Origin')}`,
    expect: ALLOWED,
  },
  {
    name: 'GET redirected within the lab, redirect without ACAO',
    follow: true,
    knobs: () => `status=302&location=${e('/cors?acao=echo&vary=Origin')}`,
    expect: blocked('missing-allow-origin'),
  },
  {
    name: 'GET redirected to another origin that echoes Origin (null)',
    follow: true,
    knobs: (c) => `status=302&acao=echo&vary=Origin&location=${e(`${c.otherLab}/cors?acao=echo&vary=Origin`)}`,
    expect: ALLOWED,
  },
  {
    name: 'GET redirected to another origin that allows the page origin only',
    follow: true,
    knobs: (c) => `status=302&acao=echo&vary=Origin&location=${e(`${c.otherLab}/cors?acao=${e(c.origin)}&vary=Origin`)}`,
    expect: blocked('origin-not-allowed'),
  },

  // --- preflighted requests redirected: a new preflight for the new URL (Origin: null once cross-origin) ---
  {
    name: 'PUT 307 to another origin whose preflight allows null and PUT',
    method: 'PUT',
    follow: true,
    knobs: (c) => redirectingTo('PUT', 307, elsewhere(c, 'r1', 'pacao=null&pacam=PUT&pmaxage=600&acao=*')),
    expect: ALLOWED,
  },
  {
    name: 'PUT 307 to another origin whose preflight allows the page origin only',
    method: 'PUT',
    follow: true,
    knobs: (c) => redirectingTo('PUT', 307, elsewhere(c, 'r2', `pacao=${e(c.origin)}&pacam=PUT&pmaxage=600&acao=*`)),
    expect: blocked('origin-not-allowed'),
  },
  {
    name: 'PUT 307 to another origin whose preflight does not allow PUT',
    method: 'PUT',
    follow: true,
    knobs: (c) => redirectingTo('PUT', 307, elsewhere(c, 'r3', 'pacao=*&pmaxage=600&acao=*')),
    expect: blocked('method-not-allowed'),
  },
  {
    name: 'PUT 307 to another origin whose preflight has no ACAO',
    method: 'PUT',
    follow: true,
    knobs: (c) => redirectingTo('PUT', 307, elsewhere(c, 'r4', 'pacam=PUT&pmaxage=600&acao=*')),
    expect: blocked('preflight-missing-allow-origin'),
  },
  {
    name: 'GET + X-Custom 302 to another origin whose preflight does not allow x-custom',
    headers: [['X-Custom', '1']],
    follow: true,
    knobs: (c) => `${okPreflight('GET', '&pacah=x-custom')}&status=302&location=${e(elsewhere(c, 'r5', 'pacao=*&pmaxage=600&acao=*'))}`,
    expect: blocked('header-not-allowed'),
  },
  {
    name: 'PUT 303 to another origin: the GET there needs no preflight',
    method: 'PUT',
    follow: true,
    knobs: (c) => redirectingTo('PUT', 303, elsewhere(c, 'r6', 'acao=*')),
    expect: ALLOWED,
  },
  {
    name: 'PUT 307 within the lab to a URL whose preflight does not allow PUT',
    method: 'PUT',
    follow: true,
    knobs: () => redirectingTo('PUT', 307, '/cors?pacao=echo&pmaxage=600&acao=echo&vary=Origin&tag=r7'),
    expect: blocked('method-not-allowed'),
  },
];
