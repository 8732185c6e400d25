// Link (RFC 8288) scenarios: the headers/link-* rules.
import { response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '[{"id":1},{"id":2}]';

function linkScenario(name: string, description: string, rule: string, link: string): Scenario {
  return { name, description, expect: rule === '' ? [] : [rule], respond: () => [response(200, [JSON_TYPE, ['Link', link]], BODY)] };
}

export const linksScenarios: Scenario[] = [
  linkScenario('link-invalid-syntax', 'a Link target without <>', 'headers/link-invalid-syntax', 'https://example.com/items?page=2; rel=next'),
  linkScenario('link-rev', 'a Link with the deprecated rev parameter', 'headers/link-rev', '<mailto:ops@example.com>; rev="made"'),
  linkScenario('link-anchor', 'a Link whose anchor names another resource', 'headers/link-anchor', '</license>; rel=license; anchor="/images/cat.png"'),
  linkScenario('link-preload-without-as', 'rel=preload without as', 'headers/link-preload-without-as', '</style.css>; rel=preload'),
  linkScenario('link-preload-without-crossorigin', 'a font preload without crossorigin', 'headers/link-preload-without-crossorigin', '</f.woff2>; rel=preload; as=font'),
  linkScenario('link-preload-ok', 'rel=preload; as=style and a font with crossorigin', '', '</style.css>; rel=preload; as=style, </f.woff2>; rel=preload; as=font; crossorigin'),
  linkScenario(
    'link-pagination-ok',
    'GitHub-style pagination links',
    '',
    '<https://api.example.com/repositories/1300192/issues?page=2>; rel="next", <https://api.example.com/repositories/1300192/issues?page=515>; rel="last"',
  ),
];
