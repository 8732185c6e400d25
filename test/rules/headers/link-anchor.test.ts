import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('headers/link-anchor', {
  fires: [
    {
      name: 'an anchor naming another resource',
      input: withHeaders(['Link: </license>; rel=license; anchor="/images/cat.png"'], { url: 'http://127.0.0.1:8080/gallery' }),
      severity: 'info',
      message: 'Link to </license> has anchor="/images/cat.png": its context is another resource than this response',
      evidence: 'Link: </license>; rel=license; anchor="/images/cat.png" at byte 17: "anchor="/images/cat.png"" at byte 48',
    },
    { name: 'a fragment of this page', input: withHeaders(['Link: </n>; rel=note; anchor="#section-2"'], { url: 'http://127.0.0.1:8080/doc' }) },
  ],
  quiet: [
    { name: 'an anchor naming the response itself', input: withHeaders(['Link: </license>; rel=license; anchor="/gallery"'], { url: 'http://127.0.0.1:8080/gallery' }) },
    { name: 'no anchor', input: withHeaders(['Link: </license>; rel=license']) },
  ],
});
