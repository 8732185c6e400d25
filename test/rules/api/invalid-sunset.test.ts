import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('api/invalid-sunset', {
  fires: [
    {
      name: 'an ISO 8601 timestamp',
      input: withHeaders(['Sunset: 2027-06-30T23:59:59Z']),
      severity: 'error',
      message: 'Sunset "2027-06-30T23:59:59Z" is not an HTTP-date: an ISO 8601 timestamp is not an HTTP-date',
      evidence: 'Sunset: 2027-06-30T23:59:59Z at byte 17',
    },
    { name: 'the Deprecation format', input: withHeaders(['Sunset: @1719791999']), message: 'the Deprecation format' },
  ],
  quiet: [
    { name: 'an IMF-fixdate', input: withHeaders(['Sunset: Wed, 30 Jun 2027 23:59:59 GMT']) },
    { name: 'the obsolete asctime form (still an HTTP-date)', input: withHeaders(['Sunset: Wed Jun 30 23:59:59 2027']) },
  ],
});
