import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9a-zA-Z]+$/;

// Regular field names must be tokens (RFC 9110 §5.1); pseudo-header names are judged by invalid-pseudo-header,
// uppercase letters by uppercase-header-name.
export default defineRule({
  meta: {
    id: 'http2/invalid-header-name',
    category: 'http2',
    severity: 'error',
    title: 'invalid HTTP/2 field name',
    ref: RFC9113('8.2.1'),
    why: 'A field name that is empty or contains characters outside the token set (space, colon, control characters, non-ASCII) makes the message malformed: HTTP/2 clients reject the response or silently drop the field (node:http2 drops it), so the header never reaches the application.',
    fix: 'Use only token characters (letters, digits and !#$%&\'*+-.^_`|~) in field names; check code that builds names from user input or configuration.',
  },
  check(exchange) {
    return judgedBlocks(exchange).flatMap((block) =>
      block.fields
        .filter((f) => !f.name.startsWith(':') && !TOKEN.test(f.name))
        .map((f) => fieldFinding(f.name === '' ? 'a field with an empty name' : `field name "${f.name}" is not a token`, f, block)),
    );
  },
});
