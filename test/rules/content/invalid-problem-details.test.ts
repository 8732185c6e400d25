import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/invalid-problem-details';
const problem = (status: string, body: string, type = 'application/problem+json') =>
  `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const mismatch = problem('404 Not Found', '{"type":"https://example.com/probs/missing","title":"Not found","status":400}');

ruleTable(ID, {
  fires: [
    {
      name: 'status member differs from the status code',
      input: { response: mismatch },
      count: 1,
      severity: 'warning',
      message: '"status" is 400 but the response\'s status code is 404',
      evidence: `"status":400 at byte ${mismatch.indexOf('"status"')}`,
      location: { part: 'body', offset: mismatch.indexOf('"status"') },
    },
    { name: 'status as a string', input: { response: problem('400 Bad Request', '{"title":"Bad","status":"400"}') }, message: '"status" is a string, not a number' },
    { name: 'type that is not a URI reference', input: { response: problem('400 Bad Request', '{"type":"validation error","title":"Bad"}') }, message: '"type" "validation error" is not a URI reference: it contains a space' },
    { name: 'title of the wrong type', input: { response: problem('400 Bad Request', '{"title":["a"],"status":400}') }, message: '"title" is an array, not a string' },
    { name: 'an array instead of an object', input: { response: problem('400 Bad Request', '[{"title":"Bad"}]') }, message: 'is a JSON object, but this body is an array' },
    { name: 'two problems: two findings', input: { response: problem('500 Internal Server Error', '{"status":503,"instance":"/errors/a b"}') }, count: 2 },
  ],
  quiet: [
    {
      name: 'a correct problem+json (RFC 9457 example)',
      input: { response: problem('403 Forbidden', '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30,"status":403}') },
    },
    { name: 'a relative type and extension members of any type', input: { response: problem('422 Unprocessable Content', '{"type":"/probs/invalid","errors":[{"field":"name"}],"status":422}') } },
    { name: 'about:blank type without status', input: { response: problem('400 Bad Request', '{"type":"about:blank","title":"Bad Request"}') } },
    { name: 'plain application/json with a status member', input: { response: problem('404 Not Found', '{"status":400}', 'application/json') } },
    { name: 'a body that does not parse (invalid-json reports it)', input: { response: problem('400 Bad Request', '{"status":400,') } },
  ],
});
