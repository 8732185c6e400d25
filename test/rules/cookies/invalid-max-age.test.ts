import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-max-age', {
  fires: [
    {
      name: 'Max-Age=1h',
      input: cookies(['pref=1; Max-Age=1h']),
      severity: 'warning',
      message: 'cookie "pref" has Max-Age "1h" (it contains "h" after the first character; only digits may follow); browsers ignore the attribute',
      evidence: 'Set-Cookie: pref=1; Max-Age=1h at byte 17: "Max-Age=1h" at byte 37',
    },
    { name: 'empty Max-Age', input: cookies(['pref=1; Max-Age=']), message: 'an empty Max-Age' },
    { name: 'quoted', input: cookies(['pref=1; Max-Age="60"']), message: 'it starts with """' },
    { name: 'a lone minus', input: cookies(['pref=1; Max-Age=-']) },
    { name: 'a decimal', input: cookies(['pref=1; Max-Age=3600.5']) },
  ],
  quiet: [
    { name: 'Max-Age=0 (deletion)', input: cookies(['sid=; Max-Age=0']) },
    { name: 'Max-Age=-1 (browsers delete)', input: cookies(['sid=; Max-Age=-1']) },
    { name: 'leading zeros (1*DIGIT)', input: cookies(['pref=1; Max-Age=0060']) },
  ],
});
