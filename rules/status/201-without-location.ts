import { defineRule } from '../../src/engine/rule';
import { missingHeaderFindings } from '../../src/engine/requiredHeader';

// For PUT the created resource is the target URI itself, so Location adds nothing; any other method
// (typically POST) creates a resource whose URI only Location can tell the client.
export default defineRule({
  meta: {
    id: 'status/201-without-location',
    category: 'status',
    severity: 'warning',
    title: '201 Created without Location',
    ref: { label: 'RFC 9110 §15.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2' },
    why: 'A 201 identifies the primary resource it created by its Location header (or, for PUT, by the target URI). Without it clients cannot find the new resource except by parsing a body they know nothing about; generic clients, SDK generators and HAL/JSON:API tooling rely on Location.',
    fix: 'Send the new resource\'s URI, e.g. `Location: /orders/42`, with every 201 (Express `res.location(url).status(201)`, Spring `ResponseEntity.created(uri)`, ASP.NET Core `CreatedAtAction`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 201 || exchange.request.method === 'PUT') return [];
    return missingHeaderFindings(res, {
      name: 'Location',
      subject: `201 response to ${exchange.request.method}`,
      consequence: "the created resource's URI is unknown",
      emptyMeans: 'it does not identify the created resource',
    });
  },
});
