import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

// §8.2.1: a value must not contain NUL, CR or LF, nor start or end with whitespace (SP, HTAB).
export default defineRule({
  meta: {
    id: 'http2/invalid-header-value',
    category: 'http2',
    severity: 'error',
    title: 'invalid HTTP/2 field value',
    ref: RFC9113('8.2.1'),
    why: 'A value with CR, LF or NUL, or with leading or trailing whitespace, makes the message malformed. node:http2 silently drops such fields, others reject the response; when an intermediary converts the response to HTTP/1.1, CR/LF in a value becomes response splitting.',
    fix: 'Strip surrounding whitespace and reject or encode control characters before setting a header (values built from user input, file names, redirect targets).',
  },
  check(exchange) {
    return judgedBlocks(exchange).flatMap((block) =>
      block.fields.flatMap((f) => {
        const bad = /\0/.test(f.value) ? 'NUL' : /\r/.test(f.value) ? 'CR' : /\n/.test(f.value) ? 'LF' : /^[ \t]|[ \t]$/.test(f.value) ? 'leading or trailing whitespace' : undefined;
        return bad ? [fieldFinding(`the value of "${f.name}" contains ${bad}`, f, block)] : [];
      }),
    );
  },
});
