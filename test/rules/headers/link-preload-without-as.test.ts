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
    {
      name: 'in a 103 Early Hints response',
      input: { response: 'HTTP/1.1 103 Early Hints\r\nLink: </app.js>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' },
      count: 1,
      evidence: 'Link: </app.js>; rel=preload at byte 26: "</app.js>; rel=preload" at byte 32',
      location: { part: 'interim', offset: 32, header: 'Link' },
    },
    { name: 'the second link of a list', input: withHeaders(['Link: </a.css>; rel=preload; as=style, </b.js>; rel="preload"']), count: 1, message: '</b.js>' },
  ],
  quiet: [
    { name: 'Early Hints done right', input: { response: 'HTTP/1.1 103 Early Hints\r\nLink: </app.css>; rel=preload; as=style\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'preload as=style', input: withHeaders(['Link: </style.css>; rel=preload; as=style']) },
    { name: 'quoted, with crossorigin', input: withHeaders(['Link: </f.woff2>; rel="preload"; as="font"; crossorigin']) },
    { name: 'modulepreload needs no as', input: withHeaders(['Link: </app.js>; rel=modulepreload']) },
    { name: 'preconnect', input: withHeaders(['Link: <https://cdn.example.com>; rel=preconnect']) },
  ],
});
