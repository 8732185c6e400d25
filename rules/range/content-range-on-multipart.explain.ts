// What `httpinspect explain range/content-range-on-multipart` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 206 whose Content-Type is multipart/byteranges and whose header section also has Content-Range.',
  breaks: [{ client: 'range-aware clients', effect: 'read the response as one part and write the multipart body at the announced offset.' }],
  fixes: {
    express: 'When building multipart/byteranges by hand, set Content-Range only inside each part, never with `res.set`.',
    fastify: 'Same as Express: part headers only; no `reply.header("Content-Range", …)` for multipart replies.',
    django: 'Write each part\'s `Content-Range` into the body; do not set `response["Content-Range"]` for multipart responses.',
    fastapi: 'Only the parts carry Content-Range; do not add it to the `headers=` of a multipart response.',
    spring: 'Return `List<ResourceRegion>` and let Spring write part headers; remove filters that add Content-Range globally.',
    go: '`http.ServeContent` writes Content-Range per part; custom multipart writers must use `textproto.MIMEHeader` per part only.',
  },
  related: ['206', 'range/multipart-for-single-range', 'range/invalid-content-range'],
});
