import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('headers/link-rev', {
  fires: [
    {
      name: 'rev="made"',
      input: withHeaders(['Link: <mailto:ops@example.com>; rev="made"']),
      severity: 'info',
      message: 'Link uses the deprecated rev parameter (rev="made")',
      evidence: 'Link: <mailto:ops@example.com>; rev="made" at byte 17: "rev="made"" at byte 49',
    },
  ],
  quiet: [{ name: 'rel="author"', input: withHeaders(['Link: <mailto:ops@example.com>; rel="author"']) }],
});
