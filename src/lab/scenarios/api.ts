import { httpDate, response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '{"id":1,"name":"widget"}';
const LINK: [string, string] = ['Link', '<https://developer.example.com/deprecation>; rel="deprecation"; type="text/html"'];
const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);
const sfDate = (seconds: number) => `@${seconds}`;
const at = (seconds: number) => httpDate(new Date(seconds * 1000));

export const apiScenarios: Scenario[] = [
  {
    name: 'api-invalid-deprecation',
    description: 'Deprecation as an HTTP-date (the draft syntax)',
    expect: ['api/invalid-deprecation'],
    respond: () => [response(200, [JSON_TYPE, ['Deprecation', at(now() - 30 * DAY)], LINK], BODY)],
  },
  {
    name: 'api-deprecation-true',
    description: 'Deprecation: true (the obsolete draft value)',
    expect: ['api/invalid-deprecation'],
    respond: () => [response(200, [JSON_TYPE, ['Deprecation', 'true'], LINK], BODY)],
  },
  {
    name: 'api-invalid-sunset',
    description: 'Sunset as an ISO 8601 date',
    expect: ['api/invalid-sunset'],
    respond: () => [response(200, [JSON_TYPE, ['Sunset', '2031-06-30']], BODY)],
  },
  {
    name: 'api-sunset-in-past',
    description: 'a 200 whose Sunset was 30 days ago',
    expect: ['api/sunset-in-past'],
    respond: () => [response(200, [JSON_TYPE, ['Sunset', at(now() - 30 * DAY)]], BODY)],
  },
  {
    name: 'api-sunset-before-deprecation',
    description: 'Sunset in 30 days but Deprecation in 60 days',
    expect: ['api/sunset-before-deprecation'],
    respond: () => [response(200, [JSON_TYPE, ['Deprecation', sfDate(now() + 60 * DAY)], ['Sunset', at(now() + 30 * DAY)], LINK], BODY)],
  },
  {
    name: 'api-deprecation-without-link',
    description: 'a valid Deprecation without a deprecation link',
    expect: ['api/deprecation-without-link'],
    respond: () => [response(200, [JSON_TYPE, ['Deprecation', sfDate(now() - 30 * DAY)]], BODY)],
  },
  {
    name: 'api-deprecated-ok',
    description: 'RFC 9745 done right: Deprecation date, later Sunset, deprecation and successor links',
    expect: [],
    respond: () => [
      response(200, [JSON_TYPE, ['Deprecation', sfDate(now() - 30 * DAY)], ['Sunset', at(now() + 180 * DAY)], LINK, ['Link', '</v2/widgets/1>; rel="successor-version"']], BODY),
    ],
  },
  {
    name: 'api-gone-after-sunset-ok',
    description: 'a 410 Gone after the sunset date (what RFC 8594 expects)',
    expect: [],
    respond: () => [response(410, [JSON_TYPE, ['Deprecation', sfDate(now() - 400 * DAY)], ['Sunset', at(now() - 30 * DAY)], LINK], '{"message":"gone"}', { reason: 'Gone' })],
  },
];
