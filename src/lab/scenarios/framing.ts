import { response, type Scenario } from '../scenario';

export const framingScenarios: Scenario[] = [
  {
    name: 'body-on-204',
    description: 'a 204 followed by five bytes of body',
    request: { method: 'DELETE' },
    expect: ['framing/body-on-204'],
    respond: () => [response(204), 'hello'],
  },
  {
    name: 'body-on-204-late',
    description: 'a 204 whose stray body arrives 50 ms after the headers',
    request: { method: 'DELETE' },
    expect: ['framing/body-on-204'],
    respond: () => [response(204), { wait: 50 }, 'hello'],
  },
  {
    name: 'no-content-ok',
    description: 'a correct 204 to DELETE: no Content-Length, no body',
    request: { method: 'DELETE' },
    expect: [],
    respond: () => [response(204)],
  },
];
