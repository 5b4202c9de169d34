import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
} from "fastify";
import type { z } from "zod";
import { InputError, type Issue } from "../contract/errors.js";
import { issuesOf } from "../contract/format.js";
import { storeErrorOf } from "../storage/driver-errors.js";
import { BusyError, ConflictError, NotFoundError } from "../storage/errors.js";

/** Validates a request part with its zod schema; failures carry the contract's field issues. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // reportInput lets a missing field ("is required") be told from a wrong value.
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const issues = issuesOf(result.error);
    const part = httpPart === "querystring" ? "query" : (httpPart ?? "request");
    const lines = issues.map((i) => `${i.field || `(${part})`}: ${i.problem}`);
    return { error: new InputError(`invalid ${part}: ${lines.join("; ")}`, issues) };
  };

/** Any other 4xx a route means: e.g. 422 for an Idempotency-Key reused with another body. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Seconds a client should wait after a 503 for a busy store. */
export const RETRY_AFTER_SECONDS = 2;

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;

const body = (error: string, issues: Issue[]) => ({ error, issues });

/**
 * Errors Fastify meets before any route runs (a path that is not valid percent-encoded UTF-8):
 * the same JSON body as every other 400, not Fastify's own.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const problem = error.code === "FST_ERR_BAD_URL" ? "is not valid percent-encoded UTF-8" : error.message;
  reply.code(400).send(body(`the URL ${problem}`, [{ field: "url", problem }]));
}

/** Every error is JSON `{ error, issues: [{ field, problem }] }`; 5xx hide their details. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    const error = (storeErrorOf(raw) ?? raw) as FastifyError;
    if (error instanceof InputError) return reply.code(400).send(body(error.message, error.issues));
    if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof HttpError) {
      const status = error instanceof HttpError ? error.status : error instanceof NotFoundError ? 404 : 409;
      return reply.code(status).send(body(error.message, [{ field: error.field, problem: error.message }]));
    }
    if (error instanceof BusyError) {
      reply.header("retry-after", String(RETRY_AFTER_SECONDS));
      return reply.code(503).send(body(error.message, [{ field: "", problem: error.message }]));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own 4xx: malformed JSON, body over the limit, unsupported media type, rate limit.
      const problem =
        error.code === "FST_ERR_CTP_BODY_TOO_LARGE"
          ? `is larger than this route's limit of ${sizeText(request.routeOptions.bodyLimit ?? 0)}`
          : error.message;
      return reply.code(status).send(body(error.message, [{ field: "", problem }]));
    }
    // Shown to whoever runs the server, never to the client.
    process.stderr.write(
      `hipthrust serve: ${request.method} ${request.url}: ${error.stack ?? error.message}\n`,
    );
    return reply.code(500).send(body("internal error", []));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(body(`no route for ${request.method} ${request.url.split("?")[0]}`, [])),
  );
}
