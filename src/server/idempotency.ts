import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import { InputError } from "../contract/errors.js";
import { claimKey, findAnswer, forgetExpiredKeys, saveAnswer } from "../storage/idempotency.js";
import type { Store } from "../storage/store.js";
import { inTransaction } from "../storage/tx.js";
import { HttpError } from "./errors.js";
import "./request-db.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const MAX_KEY = 200;
/** Expired keys are swept at most this often. */
const SWEEP_MS = 10 * 60 * 1000;

/** Create routes: every POST that stores something under an athlete, or adds one. */
export const isCreateRoute = (method: string | string[], url: string) =>
  method === "POST" && url.startsWith("/api/athletes");

const hashOf = (request: FastifyRequest) =>
  createHash("sha256")
    .update(JSON.stringify(request.body ?? null))
    .digest("hex");

/** Whose key it is: the path, and the signed-in user once there are users. */
function scopeOf(request: FastifyRequest): string {
  return `${request.user?.name ?? ""} POST ${request.url}`;
}

class Claimed extends Error {}

/**
 * `Idempotency-Key` on create routes: the first request with a key runs in one transaction that
 * also records its answer, so the key and the write commit together (or not at all, even if the
 * process is killed). A replay within 24 h gets the first answer (same status and body) and stores
 * nothing; a concurrent duplicate waits for the first and then gets its answer. The same key with
 * another body is a 422. Handlers of these routes return their answer (never `reply.send`).
 */
export function installIdempotency(app: FastifyInstance, store: Store): void {
  let lastSweep = 0;
  app.addHook("onRoute", (route) => {
    if (!isCreateRoute(route.method, route.url)) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const header = request.headers[IDEMPOTENCY_HEADER];
      if (header === undefined) return handler.call(this, request, reply);
      if (typeof header !== "string" || header.length < 1 || header.length > MAX_KEY) {
        const problem = `must be one string of 1–${MAX_KEY} characters`;
        throw new InputError(`Idempotency-Key ${problem}`, [{ field: "Idempotency-Key", problem }]);
      }
      const scope = scopeOf(request);
      const hash = hashOf(request);
      const now = Date.now();
      if (now - lastSweep > SWEEP_MS) {
        lastSweep = now;
        await forgetExpiredKeys(store.db, now);
      }
      for (;;) {
        const stored = await findAnswer(store.db, scope, header, now);
        if (stored && stored.status !== 0) {
          if (stored.requestHash !== hash) {
            throw new HttpError(
              422,
              "Idempotency-Key",
              "this Idempotency-Key was used with another request body",
            );
          }
          reply.code(stored.status).header("idempotent-replayed", "true");
          return JSON.parse(stored.body) as unknown;
        }
        try {
          return await inTransaction(store.db, async (trx) => {
            if (!(await claimKey(trx, scope, header, hash, now))) throw new Claimed();
            request.trx = trx;
            try {
              const answer = await handler.call(this, request, reply);
              await saveAnswer(trx, scope, header, {
                status: reply.statusCode,
                body: JSON.stringify(answer),
              });
              return answer;
            } finally {
              request.trx = undefined;
            }
          });
        } catch (error) {
          // Another request with this key committed first (SQLite) or meanwhile (PostgreSQL): answer as it did.
          if (!(error instanceof Claimed)) throw error;
        }
      }
    };
  });
}
