// conditional: revalidate with the ETag (If-None-Match) and, separately, with Last-Modified (If-Modified-Since).
import { headerNamed } from '../../exchange';
import { parseEntityTag } from '../../http/entityTag';
import { parseHttpDate } from '../../http/httpDate';
import { planned } from './request';
import { skip, unusableBaseline, type Probed, type ProbePlan } from './plan';

export function planConditional({ exchange, spec }: Probed): ProbePlan {
  const plan: ProbePlan = { requests: [], skipped: [] };
  const unusable = unusableBaseline(exchange);
  if (unusable) {
    plan.skipped.push(...skip('conditional', 'If-None-Match', unusable).skipped, ...skip('conditional', 'If-Modified-Since', unusable).skipped);
    return plan;
  }
  const res = exchange.response!;
  const etag = headerNamed(res.headers, 'etag');
  if (!etag) plan.skipped.push({ name: 'conditional', request: 'If-None-Match', reason: 'the response has no ETag to revalidate with' });
  else if (!parseEntityTag(etag.value).ok) plan.skipped.push({ name: 'conditional', request: 'If-None-Match', reason: `the ETag ${etag.value} is not a valid entity-tag` });
  else plan.requests.push(planned('conditional', spec, 'GET', ['If-None-Match', etag.value]));
  const lastModified = headerNamed(res.headers, 'last-modified');
  if (!lastModified) plan.skipped.push({ name: 'conditional', request: 'If-Modified-Since', reason: 'the response has no Last-Modified to revalidate with' });
  else if (!parseHttpDate(lastModified.value).ok) plan.skipped.push({ name: 'conditional', request: 'If-Modified-Since', reason: `Last-Modified "${lastModified.value}" is not an HTTP-date` });
  else plan.requests.push(planned('conditional', spec, 'GET', ['If-Modified-Since', lastModified.value]));
  return plan;
}
