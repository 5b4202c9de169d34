import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";
import type { Store } from "../storage/store.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The transaction a create request with an Idempotency-Key runs in (see idempotency.ts). */
    trx?: Kysely<Database> | undefined;
  }
}

/** The database a handler uses: the request's transaction when it has one, else the store. */
export function dbOf(request: FastifyRequest, store: Store): Kysely<Database> {
  return request.trx ?? store.db;
}
