import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/too-large', {
  fires: [
    { name: 'name and value of 4097 bytes', input: cookies([`big=${'a'.repeat(4094)}; Path=/`]), severity: 'error', message: 'cookie "big" has 4097 bytes of name and value, over the 4096-byte limit' },
    { name: 'a Path value over 1024 bytes (warning)', input: cookies([`p=1; Path=/${'x'.repeat(1024)}`]), severity: 'warning', message: 'has a Path value of 1025 bytes' },
  ],
  quiet: [{ name: 'exactly 4096 bytes', input: cookies([`big=${'a'.repeat(4093)}; Path=/`]) }],
});
