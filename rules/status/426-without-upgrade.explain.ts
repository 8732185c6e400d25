// What `httpinspect explain status/426-without-upgrade` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 426 with no Upgrade header or an empty one.',
  breaks: [
    { client: 'every client', effect: 'cannot know which protocol to switch to and gives up.' },
  ],
  fixes: {
    express: '`res.set({ Upgrade: "websocket", Connection: "Upgrade" }).status(426).send()`; for HTTPS redirect instead (`res.redirect(308, httpsUrl)`).',
    fastify: '`reply.code(426).headers({ upgrade: "websocket", connection: "Upgrade" }).send()`.',
    django: 'Set `response["Upgrade"] = "websocket"` and `response["Connection"] = "Upgrade"` on the 426 (Channels handles real upgrades).',
    fastapi: '`Response(status_code=426, headers={"Upgrade": "websocket", "Connection": "Upgrade"})`.',
    spring: '`ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED).header(HttpHeaders.UPGRADE, "websocket").header(HttpHeaders.CONNECTION, "Upgrade").build()`.',
    go: '`w.Header().Set("Upgrade", "websocket"); w.Header().Set("Connection", "Upgrade"); w.WriteHeader(http.StatusUpgradeRequired)`.',
  },
  related: ['426', '101'],
});
