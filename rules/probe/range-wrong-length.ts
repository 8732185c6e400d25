import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { probeAnswer } from './_probe';
import { parseContentRange } from './_range';

export default defineRule({
  meta: {
    id: 'probe/range-wrong-length',
    category: 'probe',
    severity: 'error',
    title: 'Content-Range names a complete length other than the full body\'s',
    ref: { label: 'RFC 9110 §14.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.4' },
    why: 'Clients size the file they assemble, and the progress of a resumed download, from Content-Range\'s complete-length: a wrong one truncates the file or leaves a download waiting for bytes that never come.',
    fix: 'Put the selected representation\'s full length (the Content-Length a 200 sends) after the slash: Content-Range: bytes 0-99/<full length>, and bytes */<full length> on a 416.',
  },
  check(exchange, context) {
    const answer = probeAnswer(exchange, context, 'range', ['Range'], [206, 416]);
    if (!answer) return [];
    if ('notEvaluated' in answer) return context.notEvaluated(answer.notEvaluated);
    const { res, baseline } = answer;
    const header = headerNamed(res.headers, 'content-range');
    if (!header) return [];
    const named = parseContentRange(header.value);
    const complete = named && ('unsatisfied' in named ? named.unsatisfied : named.complete);
    const full = baseline.contentLength;
    if (complete === undefined || complete === full) return [];
    return [
      {
        message: `Content-Range says the full body is ${complete} bytes, but the 200 sent ${full}`,
        evidence: `${headerEvidence(header)}; the 200's body is ${full} bytes`,
        location: headerLocation(header),
      },
    ];
  },
});
