// reuse: two requests on one kept-alive connection — the user's request when it is safe (GET or HEAD), else a
// GET — then a GET; the second response shows whether the first left stray bytes behind.
import type { RequestSpec } from '../../http1/request';
import type { Probed } from './plan';
import { probeSpec, type PlannedRequest } from './request';

export function planReuse({ spec }: Probed): PlannedRequest[] {
  const firstMethod = spec.method === 'GET' || spec.method === 'HEAD' ? spec.method : 'GET';
  // An empty Connection value removes the default "Connection: close": the connection stays open.
  const keepAlive = (method: string): RequestSpec => probeSpec(spec, method, [['Connection', '']]);
  return [
    { name: 'reuse', spec: keepAlive(firstMethod), label: 'keep-alive (no Connection: close), request 1 of 2' },
    { name: 'reuse', spec: keepAlive('GET'), label: 'keep-alive, request 2 of 2 on the same connection' },
  ];
}
