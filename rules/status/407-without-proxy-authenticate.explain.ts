// What `httpinspect explain status/407-without-proxy-authenticate` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 407 with no Proxy-Authenticate header or an empty one.',
  breaks: [
    { client: 'browsers', effect: 'show no proxy login dialog.' },
    {
      client: 'curl --proxy-anyauth and proxy-aware libraries',
      effect: 'cannot choose a scheme and fail.',
    },
  ],
  fixes: {
    express: 'An application server should not send 407 (that is for proxies); answer 401 with WWW-Authenticate. In a proxy built on Node, set `Proxy-Authenticate: Basic realm="proxy"` with the 407.',
    fastify: 'As for Express: use 401 in applications; a proxy built with @fastify/http-proxy must add Proxy-Authenticate to its 407.',
    django: 'Use 401 with WWW-Authenticate; Django apps are not forward proxies.',
    fastapi: 'Use 401 with WWW-Authenticate; FastAPI apps are not forward proxies.',
    spring: 'Use 401 (Spring Security entry points); a Spring Cloud Gateway acting as a proxy must send Proxy-Authenticate with 407.',
    go: 'In a proxy built on net/http (`httputil.ReverseProxy` or a CONNECT handler) set `w.Header().Set("Proxy-Authenticate", `Basic realm="proxy"`)` before `w.WriteHeader(http.StatusProxyAuthRequired)`.',
  },
  related: ['407', '401', 'status/401-without-www-authenticate'],
});
