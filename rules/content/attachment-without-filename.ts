import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { dispositionParameter } from '../../src/http/contentDisposition';
import { dispositionsOf } from './_disposition';

export default defineRule({
  meta: {
    id: 'content/attachment-without-filename',
    category: 'content',
    severity: 'info',
    title: 'Content-Disposition: attachment without a filename',
    ref: { label: 'RFC 6266 §4.3', url: 'https://www.rfc-editor.org/rfc/rfc6266#section-4.3' },
    why: 'Without filename, every browser and tool invents a name from the URL\'s last path segment (`download`, `export?id=42`, `1234`), often without an extension, so users get files that their system cannot open by double-click.',
    fix: 'Add the intended name: `Content-Disposition: attachment; filename="report.pdf"` (and `filename*=UTF-8\'\'…` for non-ASCII names).',
  },
  check(exchange) {
    return dispositionsOf(exchange)
      .filter(({ disposition }) => disposition.type === 'attachment' && !dispositionParameter(disposition, 'filename') && !dispositionParameter(disposition, 'filename*'))
      .map(({ header }) => ({
        message: 'attachment without filename or filename*: the saved file is named after the URL',
        evidence: headerEvidence(header),
        location: headerLocation(header),
      }));
  },
});
