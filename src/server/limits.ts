import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

/** Request bodies above this get 413 on routes that take whole sessions, logs or analyses. */
export const BODY_LIMIT = 1024 * 1024;

/** Smaller limits for routes whose bodies are small by nature (bytes). */
const ROUTE_BODY_LIMITS: [method: string, pattern: RegExp, limit: number][] = [
  ["POST", /^\/api\/athletes$/, 4 * 1024],
  ["PATCH", /^\/api\/athletes\/:athlete$/, 4 * 1024],
  ["PUT", /^\/api\/athletes\/:athlete\/profile$/, 64 * 1024],
  ["POST", /^\/api\/athletes\/:athlete\/sets$/, 16 * 1024],
  ["POST", /^\/api\/athletes\/:athlete\/sessions\/:id\/sets$/, 16 * 1024],
  ["PUT", /^\/api\/athletes\/:athlete\/sets\/:id$/, 16 * 1024],
  ["POST", /^\/api\/athletes\/:athlete\/plans$/, 4 * 1024],
  ["POST", /^\/api\/(plan|decide)$/, 64 * 1024],
];

/** Gives each listed route its body limit; others keep the server's BODY_LIMIT. */
export function installBodyLimits(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    if (route.bodyLimit !== undefined) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const found = ROUTE_BODY_LIMITS.find(
      ([method, pattern]) => methods.includes(method) && pattern.test(route.url),
    );
    if (found) route.bodyLimit = found[2];
  });
}

/** Requests per minute per client unless `HIPTHRUST_RATE_LIMIT` says otherwise (0: off, for benchmarks). */
export const RATE_LIMIT_PER_MINUTE = 6000;

export function rateLimitFrom(env: Record<string, string | undefined>): number {
  const value = env.HIPTHRUST_RATE_LIMIT;
  if (value === undefined || !/^\d+$/.test(value)) return RATE_LIMIT_PER_MINUTE;
  return Number(value);
}

/**
 * A general per-client (address) rate limit: 429 with Retry-After past it. Registered once;
 * routes may set stricter limits of their own with `config: { rateLimit: … }`.
 */
export async function installRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: perMinute > 0,
    max: Math.max(perMinute, 1),
    timeWindow: 60_000,
    // A client that hung up while an earlier hook waited on the store has no address left; its
    // request still runs to the end (and is drained on SIGTERM), so it must not throw here.
    keyGenerator: (request) => request.ip ?? "gone",
    // Thrown: the error handler answers it with the usual `{ error, issues }` body.
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        context.statusCode,
        "",
        `too many requests from this client (at most ${context.max} a minute); retry in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });
}
