import type { Kysely } from "kysely";
import { prepared } from "./prepared.js";
import type { Database } from "./schema.js";
import { joinedUserColumns, type UserRow } from "./users.js";

type Db = Kysely<Database>;

export interface ApiTokenInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Stores a token by its SHA-256; the token itself is shown once, by the caller, and never kept. */
export async function createApiToken(
  db: Db,
  token: { userId: number; name: string; tokenHash: string; now: string },
): Promise<{ id: number }> {
  return db
    .insertInto("api_tokens")
    .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: token.now })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const tokenWithUser = prepared((db: Db, tokenHash: string) =>
  db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .select(["t.id as tokenId", ...joinedUserColumns])
    .where("t.token_hash", "=", tokenHash),
);

/** The token's id and its user, in one query (every API call with a token starts here). */
export async function findApiToken(db: Db, tokenHash: string): Promise<{ id: number; user: UserRow } | null> {
  const row = (await tokenWithUser(db, tokenHash)).rows[0];
  if (!row) return null;
  const { tokenId, ...user } = row;
  return { id: tokenId, user };
}

export async function touchApiToken(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

/** The user's tokens, oldest first (never their hashes). */
export function listApiTokens(db: Db, userId: number): Promise<ApiTokenInfo[]> {
  return db
    .selectFrom("api_tokens")
    .select(["id", "name", "created_at as createdAt", "last_used_at as lastUsedAt"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
}

/** Revokes one of the user's tokens; false when the user has no token with that id. */
export async function deleteApiToken(db: Db, userId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom("api_tokens")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
