import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('headers/link-preload-without-crossorigin', {
  fires: [
    {
      name: 'a font preload without crossorigin',
      input: withHeaders(['Link: </f.woff2>; rel=preload; as=font']),
      severity: 'warning',
      message: 'preload of </f.woff2> as font has no crossorigin',
      evidence: 'Link: </f.woff2>; rel=preload; as=font at byte 17: "</f.woff2>; rel=preload; as=font" at byte 23',
    },
    { name: 'a fetch preload without crossorigin', input: withHeaders(['Link: </api/me>; rel=preload; as=fetch']) },
  ],
  quiet: [
    { name: 'font with crossorigin', input: withHeaders(['Link: </f.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin']) },
    { name: 'crossorigin=use-credentials', input: withHeaders(['Link: </api/me>; rel=preload; as=fetch; crossorigin=use-credentials']) },
    { name: 'a style preload needs none', input: withHeaders(['Link: </style.css>; rel=preload; as=style']) },
  ],
});
