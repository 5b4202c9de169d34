import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

/** A replay answers the first answer only within this time; older keys are forgotten. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
}

const cutoff = (now: number) => new Date(now - KEY_LIFETIME_MS).toISOString();

/** The first answer to this key within its lifetime. */
export function findAnswer(
  db: Db,
  scope: string,
  key: string,
  now: number,
): Promise<StoredAnswer | undefined> {
  return db
    .selectFrom("idempotency_keys")
    .select(["request_hash as requestHash", "status", "body"])
    .where("scope", "=", scope)
    .where("key", "=", key)
    .where("created_at", ">=", cutoff(now))
    .executeTakeFirst();
}

/**
 * Claims the key inside the request's transaction; false when another request holds it (in
 * PostgreSQL the insert waits until that one commits or rolls back). An expired key is reclaimed.
 */
export async function claimKey(
  trx: Db,
  scope: string,
  key: string,
  requestHash: string,
  now: number,
): Promise<boolean> {
  const created_at = new Date(now).toISOString();
  const row = { scope, key, request_hash: requestHash, status: 0, body: "", created_at };
  const claimed = await trx
    .insertInto("idempotency_keys")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["scope", "key"])
        .doUpdateSet({ request_hash: requestHash, status: 0, body: "", created_at })
        .where("idempotency_keys.created_at", "<", cutoff(now)),
    )
    .returning("key")
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Records the answer with the write it answers (same transaction). */
export async function saveAnswer(
  trx: Db,
  scope: string,
  key: string,
  answer: { status: number; body: string },
): Promise<void> {
  await trx
    .updateTable("idempotency_keys")
    .set(answer)
    .where("scope", "=", scope)
    .where("key", "=", key)
    .execute();
}

/** Drops expired keys. */
export async function forgetExpiredKeys(db: Db, now: number): Promise<void> {
  await db.deleteFrom("idempotency_keys").where("created_at", "<", cutoff(now)).execute();
}
