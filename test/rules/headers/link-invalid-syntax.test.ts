import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

const GITHUB = 'Link: <https://api.github.com/repositories/1300192/issues?page=2>; rel="next", <https://api.github.com/repositories/1300192/issues?page=515>; rel="last"';

ruleTable('headers/link-invalid-syntax', {
  fires: [
    {
      name: 'a target without <>',
      input: withHeaders(['Link: https://example.com/page/2; rel=next']),
      severity: 'error',
      message: 'Link: the link target must be enclosed in "<" and ">"',
      evidence: 'Link: https://example.com/page/2; rel=next at byte 17: "https://example.com/page/2; rel=next" at byte 23',
      location: { part: 'header', offset: 23, header: 'Link' },
    },
    { name: 'an unquoted value with a space', input: withHeaders(['Link: </a>; rel=next page']), message: 'quote values with spaces' },
    { name: 'an unclosed <', input: withHeaders(['Link: </a; rel=next']), message: 'never closed' },
    { name: 'a target that is not a URI reference', input: withHeaders(['Link: </a b>; rel=next']), message: 'is not a URI reference' },
    { name: 'a link without rel', input: withHeaders(['Link: </a>; title="A"']), message: 'has no rel parameter' },
    { name: 'an unclosed quoted value', input: withHeaders(['Link: </a>; rel="next']), message: 'never closed' },
    { name: 'an unquoted media type (warning: browsers accept it)', input: withHeaders(['Link: </f.woff2>; rel=preload; as=font; type=font/woff2; crossorigin']), severity: 'warning', count: 1, message: 'the value of "type" (font/woff2) must be quoted' },
    { name: 'rel given twice (warning)', input: withHeaders(['Link: </a>; rel=next; rel=prev']), severity: 'warning', message: '2 rel parameters' },
  ],
  quiet: [
    { name: 'GitHub-style pagination', input: withHeaders([GITHUB]) },
    { name: 'preload with as and a valueless crossorigin', input: withHeaders(['Link: </font.woff2>; rel=preload; as=font; crossorigin']) },
    { name: 'commas inside the target and a quoted title', input: withHeaders(['Link: </a?x=1,2>; rel="alternate"; title="A, B"; type="text/html"']) },
    { name: 'a trailing semicolon and an empty list element', input: withHeaders(['Link: </a>; rel=next;, , </b>; rel=prev']) },
    { name: 'RFC 8187 title*', input: withHeaders(["Link: </TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel"]) },
  ],
});
