// What `httpinspect explain status/401-without-www-authenticate` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 401 with no WWW-Authenticate header or an empty one.',
  breaks: [
    { client: 'browsers', effect: 'show no login prompt for Basic/Digest-protected resources.' },
    {
      client: 'curl --anyauth, requests auth handlers, .NET HttpClient',
      effect: 'cannot pick a scheme and fail instead of retrying with credentials.',
    },
  ],
  fixes: {
    express: '`res.set("WWW-Authenticate", \'Bearer realm="api"\').status(401).json(problem)`; passport\'s Basic/Bearer strategies set it when they fail.',
    fastify: '`reply.code(401).header("WWW-Authenticate", \'Bearer realm="api"\').send(problem)`; @fastify/basic-auth sets it for Basic.',
    django: 'DRF sends WWW-Authenticate from the first authentication class\'s `authenticate_header()`; with only SessionAuthentication it has none, so DRF answers 403 instead. Plain Django: set `response["WWW-Authenticate"]` on an `HttpResponse(status=401)`.',
    fastapi: '`raise HTTPException(status_code=401, detail="Not authenticated", headers={"WWW-Authenticate": "Bearer"})` (FastAPI\'s OAuth2PasswordBearer and HTTPBasic do this).',
    spring: 'Use an AuthenticationEntryPoint that sets it (BasicAuthenticationEntryPoint, BearerTokenAuthenticationEntryPoint); `HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)` sends a bare 401.',
    go: '`w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)` before `http.Error(w, "unauthorized", http.StatusUnauthorized)`.',
  },
  related: ['401', '403'],
});
