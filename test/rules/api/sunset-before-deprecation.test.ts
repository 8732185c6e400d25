import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('api/sunset-before-deprecation', {
  fires: [
    {
      name: 'Sunset a year before Deprecation',
      input: withHeaders(['Deprecation: @1719791999', 'Sunset: Fri, 30 Jun 2023 23:59:59 GMT']),
      severity: 'error',
      message: 'Sunset 2023-06-30T23:59:59Z is earlier than Deprecation 2024-06-30T23:59:59Z',
      evidence: 'Sunset: Fri, 30 Jun 2023 23:59:59 GMT at byte 43; Deprecation: @1719791999 at byte 17',
    },
  ],
  quiet: [
    { name: 'RFC 9745 example: deprecated 2023, sunset 2024', input: withHeaders(['Deprecation: @1688169599', 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT']) },
    { name: 'the same instant', input: withHeaders(['Deprecation: @1688169599', 'Sunset: Fri, 30 Jun 2023 23:59:59 GMT']) },
    { name: 'Sunset alone', input: withHeaders(['Sunset: Fri, 30 Jun 2023 23:59:59 GMT']) },
  ],
});
