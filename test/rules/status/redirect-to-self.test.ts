import { expect, it } from 'vitest';
import { exchangesFromRaw } from '../../../src/input/raw';
import { evaluateRules } from '../../../src/engine/run';
import { allRules } from '../../../rules/index';
import { ruleTable } from '../../helpers/ruleTable';

const ID = 'status/redirect-to-self';
const URL = 'http://127.0.0.1:8080/account?tab=1';
const redirect = (status: string, location: string, extra = '') => `HTTP/1.1 ${status}\r\nLocation: ${location}\r\n${extra}Content-Length: 0\r\n\r\n`;

ruleTable(ID, {
  fires: [
    { name: 'a 302 to the same path after GET', input: { url: URL, response: redirect('302 Found', '/account?tab=1') }, count: 1, severity: 'warning', message: '302 redirects GET /account?tab=1 to itself', evidence: 'Location: /account?tab=1 at byte 20 (resolves to http://127.0.0.1:8080/account?tab=1, the request URI)', location: { part: 'header', offset: 20, header: 'Location' } },
    { name: 'an absolute 301 to itself with a fragment', input: { url: URL, response: redirect('301 Moved Permanently', 'http://127.0.0.1:8080/account?tab=1#top') }, count: 1 },
    { name: 'a 307 to itself after POST (the method is kept)', input: { url: URL, method: 'POST', requestBody: 'a=1', response: redirect('307 Temporary Redirect', '/account?tab=1') }, count: 1, message: '307 redirects POST' },
    { name: 'a 308 to itself after PUT', input: { url: URL, method: 'PUT', requestBody: 'a=1', response: redirect('308 Permanent Redirect', 'account?tab=1') }, count: 1 },
    { name: 'a 303 to itself after GET', input: { url: URL, response: redirect('303 See Other', '/account?tab=1') }, count: 1 },
  ],
  quiet: [
    { name: 'Post/Redirect/Get: 303 to the same URI after POST', input: { url: URL, method: 'POST', requestBody: 'a=1', response: redirect('303 See Other', '/account?tab=1') } },
    { name: 'a 302 to itself after POST (clients switch to GET)', input: { url: URL, method: 'POST', requestBody: 'a=1', response: redirect('302 Found', '/account?tab=1') } },
    { name: 'a redirect to itself that sets a cookie (cookie check)', input: { url: URL, response: redirect('302 Found', '/account?tab=1', 'Set-Cookie: seen=1; Path=/\r\n') } },
    { name: 'a waiting room that redirects to itself after Retry-After', input: { url: URL, response: redirect('307 Temporary Redirect', '/account?tab=1', 'Retry-After: 5\r\n') } },
    { name: 'http to https', input: { url: URL, response: redirect('301 Moved Permanently', 'https://127.0.0.1:8080/account?tab=1') } },
    { name: 'a trailing slash added', input: { url: URL, response: redirect('301 Moved Permanently', '/account/?tab=1') } },
    { name: 'another query', input: { url: URL, response: redirect('302 Found', '/account?tab=2') } },
    { name: 'a 300 (not followed automatically)', input: { url: URL, response: redirect('300 Multiple Choices', '/account?tab=1') } },
  ],
});

it(`${ID} is not evaluated on a raw response whose URI is unknown`, () => {
  const { exchanges } = exchangesFromRaw(Buffer.from(redirect('302 Found', '/'), 'latin1'));
  const judged = evaluateRules(exchanges, allRules.filter((r) => r.meta.id === ID), { settings: new Map(), maxBody: 1024 });
  expect(judged.findings[0]).toEqual([]);
  expect(judged.notEvaluated[0]).toEqual([{ ruleId: ID, reason: expect.stringContaining('request URI is not known') }]);
});
