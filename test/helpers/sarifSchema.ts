// The official SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif), compiled once for every test that needs it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

// RFC 3986 characters only; ajv ships no format checkers, so the schema's formats are checked here.
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  // The schema's language-tag pattern is not valid in unicode mode (it has a stray "]").
  unicodeRegExp: false,
  formats: {
    uri: (s: string) => URI_CHARS.test(s) && URL.canParse(s),
    'uri-reference': (s: string) => URI_CHARS.test(s) && URL.canParse(s, 'http://base.example/'),
    'date-time': (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s),
  },
});

export const validateSarif = ajv.compile(schema);
