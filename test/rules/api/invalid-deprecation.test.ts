import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('api/invalid-deprecation', {
  fires: [
    {
      name: 'an HTTP-date (draft syntax)',
      input: withHeaders(['Deprecation: Fri, 30 Jun 2023 23:59:59 GMT']),
      severity: 'error',
      message: 'an HTTP-date is the draft syntax',
      evidence: 'Deprecation: Fri, 30 Jun 2023 23:59:59 GMT at byte 17',
      location: { part: 'header', offset: 17, header: 'Deprecation' },
    },
    { name: 'the obsolete "true" (warning, its own message)', input: withHeaders(['Deprecation: true']), severity: 'warning', message: 'Deprecation: true is the obsolete draft syntax' },
    { name: 'a number without "@"', input: withHeaders(['Deprecation: 1688169599']), message: 'write "@1688169599"' },
    { name: 'a decimal date', input: withHeaders(['Deprecation: @1688169599.5']) },
    { name: 'two dates', input: withHeaders(['Deprecation: @1, @2']) },
    {
      name: 'two Deprecation fields, each valid',
      input: withHeaders(['Deprecation: @1688169599', 'Deprecation: @1688169599']),
      count: 1,
      message: 'Deprecation is sent 2 times',
      evidence: 'Deprecation: @1688169599 at byte 17; Deprecation: @1688169599 at byte 43',
    },
  ],
  quiet: [
    { name: 'a structured date', input: withHeaders(['Deprecation: @1688169599']) },
    { name: 'a date with a parameter', input: withHeaders(['Deprecation: @1688169599;note="x"']) },
  ],
});
