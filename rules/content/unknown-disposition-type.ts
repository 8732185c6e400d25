import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { dispositionsOf } from './_disposition';

export default defineRule({
  meta: {
    id: 'content/unknown-disposition-type',
    category: 'content',
    severity: 'info',
    title: 'Content-Disposition type is neither inline nor attachment',
    ref: { label: 'RFC 6266 §4.2', url: 'https://www.rfc-editor.org/rfc/rfc6266#section-4.2' },
    why: 'Recipients treat an unknown disposition type as `attachment` (RFC 6266 §4.2), so a typo such as `attachement` or a multipart type such as `form-data` forces a download where the author may have meant inline display, and the intent is lost.',
    fix: 'Use `inline` (display in the browser) or `attachment` (download), e.g. `Content-Disposition: attachment; filename="report.pdf"`.',
  },
  check(exchange) {
    return dispositionsOf(exchange)
      .filter(({ disposition }) => disposition.type !== 'inline' && disposition.type !== 'attachment')
      .map(({ header, disposition }) => ({
        message: `disposition type "${disposition.type}" is neither inline nor attachment: browsers treat it as attachment${disposition.type === 'form-data' ? ' (form-data belongs to multipart/form-data bodies, not responses)' : ''}`,
        evidence: headerEvidence(header),
        location: headerLocation(header),
      }));
  },
});
