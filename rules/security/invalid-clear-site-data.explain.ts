// What `httpinspect explain security/invalid-clear-site-data` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a Clear-Site-Data line is empty or has unquoted types (`cookies`); unknown quoted types (`\"cookie\"`, `\"Cache\"`) are a warning.",
  breaks: [
    { client: "Chromium, Firefox", effect: "ignore unquoted and unknown types, so a logout leaves cookies, storage or cache in place." },
  ],
  fixes: {
    express: "`res.set('Clear-Site-Data', '\"cookies\", \"storage\", \"cache\"')` on the logout response (note the double quotes inside).",
    fastify: "`reply.header('Clear-Site-Data', '\"cookies\", \"storage\"')`.",
    django: "`response['Clear-Site-Data'] = '\"cookies\", \"storage\"'` in the logout view.",
    fastapi: "`response.headers['Clear-Site-Data'] = '\"cookies\", \"storage\"'`.",
    spring: "`new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.COOKIES, Directive.STORAGE))` in `logout(l -> l.addLogoutHandler(...))`.",
    go: "`w.Header().Set(\"Clear-Site-Data\", `\"cookies\", \"storage\"`)`.",
  },
  related: ["security/invalid-permissions-policy"],
});
