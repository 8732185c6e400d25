import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('api/deprecation-without-link', {
  fires: [
    {
      name: 'Deprecation alone',
      input: withHeaders(['Deprecation: @1688169599']),
      severity: 'info',
      message: 'Deprecation is sent without a Link whose rel is "deprecation"',
      evidence: 'Deprecation: @1688169599 at byte 17',
    },
    { name: 'a Link with another relation only', input: withHeaders(['Deprecation: @1688169599', 'Link: </v2>; rel="successor-version"']) },
  ],
  quiet: [
    { name: 'with rel="deprecation"', input: withHeaders(['Deprecation: @1688169599', 'Link: <https://developer.example.com/deprecation>; rel="deprecation"; type="text/html"']) },
    { name: 'deprecation among several relation types, in a second Link field', input: withHeaders(['Deprecation: @1688169599', 'Link: </v2>; rel=successor-version', 'Link: </notes>; rel="help Deprecation"']) },
    { name: 'no Deprecation', input: withHeaders(['Link: </v2>; rel=next']) },
  ],
});
