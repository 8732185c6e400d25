import { ruleTable } from '../../helpers/ruleTable';
import { withHeaders } from '../cookies/_response';

ruleTable('headers/link-preload-without-as', {
  fires: [
    {
      name: 'preload without as',
      input: withHeaders(['Link: </style.css>; rel=preload']),
      severity: 'warning',
      message: 'preload of </style.css> has no as parameter: browsers ignore the hint',
      evidence: 'Link: </style.css>; rel=preload at byte 17: "</style.css>; rel=preload" at byte 23',
    },
    { name: 'an unknown destination', input: withHeaders(['Link: </style.css>; rel=preload; as=css']), message: 'as="css", which is not a destination' },
    { name: 'the second link of a list', input: withHeaders(['Link: </a.css>; rel=preload; as=style, </b.js>; rel="preload"']), count: 1, message: '</b.js>' },
  ],
  quiet: [
    { name: 'preload as=style', input: withHeaders(['Link: </style.css>; rel=preload; as=style']) },
    { name: 'quoted, with crossorigin', input: withHeaders(['Link: </f.woff2>; rel="preload"; as="font"; crossorigin']) },
    { name: 'modulepreload needs no as', input: withHeaders(['Link: </app.js>; rel=modulepreload']) },
    { name: 'preconnect', input: withHeaders(['Link: <https://cdn.example.com>; rel=preconnect']) },
  ],
});
