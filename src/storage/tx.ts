import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

/**
 * Runs `work` in a transaction, or within the caller's when `db` already is one (the server runs a
 * whole create request in one, so that its idempotency key commits with what it stored).
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
