import { ruleTable } from '../../helpers/ruleTable';
import { DATE, withHeaders } from '../cookies/_response';

ruleTable('api/sunset-in-past', {
  fires: [
    {
      name: 'a Sunset before the Date',
      input: withHeaders([`Date: ${DATE}`, 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT']),
      severity: 'warning',
      message: "Sunset 2024-06-30T23:59:59Z is 881 days before the response's Date, yet the resource still answers 200",
      evidence: 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT at byte 54',
    },
  ],
  quiet: [
    { name: 'a Sunset in the future', input: withHeaders([`Date: ${DATE}`, 'Sunset: Wed, 30 Jun 2027 23:59:59 GMT']) },
    { name: 'a 410 Gone after the sunset', input: withHeaders([`Date: ${DATE}`, 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT'], { status: '410 Gone' }) },
    { name: 'a 404 after the sunset', input: withHeaders([`Date: ${DATE}`, 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT'], { status: '404 Not Found' }) },
    { name: 'a redirect after the sunset', input: withHeaders([`Date: ${DATE}`, 'Sunset: Sun, 30 Jun 2024 23:59:59 GMT', 'Location: /v2/items'], { status: '308 Permanent Redirect' }) },
  ],
});
