// /status/<code>: a well-formed response with that status, and query knobs to make it misbehave:
//   body=<text>          send this body
//   ct=<media type>      Content-Type (default text/plain; charset=utf-8 when there is a body)
//   cl=<value>           a Content-Length line with this exact value (repeat for duplicates); cl=none: none at all
//   te=<codings>         a Transfer-Encoding line; when it ends in chunked the body is sent chunked
//   header=<Name: value> add a header line (repeatable)
//   delay=<ms>           wait this long (≤ 10000) between the header block and the body
//   force-body=1         send the body even to HEAD
//   baseline=0           omit the Date and Cache-Control lines a clean lab response carries
//   reason=<text>        reason phrase
import { chunked, httpDate, reasonOf, type LabRequest, type Step } from './scenario';

export function statusEndpoint(req: LabRequest, code: number): Step[] {
  const q = req.query;
  const body = q.get('body') ?? '';
  const headers: Array<[string, string]> = [];
  if (q.get('baseline') !== '0') headers.push(['Date', httpDate()], ['Cache-Control', 'no-store']);
  if (q.has('ct')) headers.push(['Content-Type', q.get('ct')!]);
  else if (body !== '') headers.push(['Content-Type', 'text/plain; charset=utf-8']);
  for (const line of q.getAll('header')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const te = q.get('te');
  if (te) headers.push(['Transfer-Encoding', te]);
  const cls = q.getAll('cl');
  if (cls.length > 0) {
    for (const v of cls) if (v !== 'none') headers.push(['Content-Length', v]);
  } else if (!te && (body !== '' || (code !== 204 && code !== 304 && code >= 200))) {
    // Well-formed means framed: an empty body still says Content-Length: 0 (204 and 304 carry none).
    headers.push(['Content-Length', String(Buffer.byteLength(body, 'latin1'))]);
  }
  const reason = q.get('reason') ?? reasonOf(code);
  const head = (status: number, lines: Array<[string, string]>, why = reasonOf(status)) =>
    `HTTP/1.1 ${status} ${why}\r\n${lines.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;

  const steps: Step[] = [];
  if (code >= 100 && code < 200 && code !== 101) {
    // An interim response is only well-formed when a final one follows.
    steps.push(head(code, code === 103 ? [['Link', '</style.css>; rel=preload; as=style']] : [], reason));
    steps.push(head(200, [['Date', httpDate()], ['Cache-Control', 'no-store'], ['Content-Length', '0']]));
    return steps;
  }
  if (code === 101) headers.push(['Connection', 'Upgrade'], ['Upgrade', 'websocket']);
  steps.push(head(code, headers, reason));
  const sendBody = body !== '' && (req.method !== 'HEAD' || q.get('force-body') === '1');
  if (sendBody) {
    const delay = Math.min(Number(q.get('delay') ?? 0) || 0, 10_000);
    if (delay > 0) steps.push({ wait: delay });
    steps.push(te && /chunked\s*$/i.test(te) ? chunked(body) : body);
  }
  return steps;
}
