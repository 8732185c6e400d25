// What `httpinspect explain content/invalid-problem-details` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on an `application/problem+json` body that is not a JSON object, whose `status` differs from the status code, whose `type` or `instance` is not a URI reference, or whose standard members have the wrong JSON type (`status` a string, `title` a number …). Extension members are not judged; a body that does not parse is content/invalid-json's.",
  breaks: [
    { client: "problem details clients (Spring RestClient, .NET, generated SDKs)", effect: "ignore members of the wrong type and may trust `status` over the status line, mis-classifying the error." },
  ],
  fixes: {
    express: "Build the object in one error handler: `res.status(code).type(\"application/problem+json\").json({ type, title, status: code, detail })`.",
    fastify: "In `setErrorHandler`, `reply.code(code).type(\"application/problem+json\").send({ type, title, status: code })`.",
    django: "Use one exception handler (DRF `EXCEPTION_HANDLER`) that sets `status` from `response.status_code` and `type` to an absolute URI.",
    fastapi: "Return `JSONResponse({... \"status\": code}, status_code=code, media_type=\"application/problem+json\")` from an exception handler.",
    spring: "Return `ProblemDetail.forStatusAndDetail(status, detail)` (Spring 6); set `type` with `URI.create(...)`, never a free-text string.",
    go: "Marshal a struct with `Status int \\`json:\"status\"\\`` set from the same variable as `w.WriteHeader(code)`.",
  },
  related: ["content/invalid-json", "status/error-in-200-body"],
});
