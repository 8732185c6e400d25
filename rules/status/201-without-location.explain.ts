// What `httpinspect explain status/201-without-location` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 201 to any method except PUT (where the target URI is the created resource) that has no Location header, or an empty one.',
  breaks: [
    {
      client: 'generic REST clients, SDK generators, HAL/JSON:API tooling',
      effect: 'cannot find the created resource and must guess from a body format they may not understand.',
    },
    {
      client: 'browser code across origins',
      effect: 'also needs `Access-Control-Expose-Headers: Location` to read it.',
    },
  ],
  fixes: {
    express: '`res.location(`/orders/${order.id}`).status(201).json(order)`.',
    fastify: '`reply.code(201).header("Location", `/orders/${order.id}`).send(order)`.',
    django: '`response = JsonResponse(data, status=201); response["Location"] = reverse("order-detail", args=[order.pk])`. DRF\'s CreateModelMixin sets Location only when the serializer has a `url` field; otherwise pass `headers={"Location": ...}` to Response.',
    fastapi: 'Take `response: Response` and `request: Request` and set `response.headers["Location"] = str(request.url_for("get_order", order_id=order.id))` on a `status_code=201` route.',
    spring: '`return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(order.getId()).toUri()).body(order);`',
    go: '`w.Header().Set("Location", "/orders/"+id); w.WriteHeader(http.StatusCreated)` before writing the body.',
  },
  related: ['201', 'status/created-by-safe-method'],
});
