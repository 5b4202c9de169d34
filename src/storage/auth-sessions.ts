import type { Kysely } from "kysely";
import { prepared } from "./prepared.js";
import type { Database } from "./schema.js";
import { joinedUserColumns, type UserRow } from "./users.js";

type Db = Kysely<Database>;

/**
 * Stores a sign-in session under the SHA-256 of its cookie value. The user's expired sessions go
 * at the same time, so the table holds only live ones and those not yet replaced.
 */
export async function createAuthSession(
  db: Db,
  session: {
    idHash: string;
    userId: number;
    csrf: string;
    now: string;
    expiresAt: string;
    address: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .deleteFrom("auth_sessions")
    .where("user_id", "=", session.userId)
    .where("expires_at", "<=", session.now)
    .execute();
  await db
    .insertInto("auth_sessions")
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf: session.csrf,
      created_at: session.now,
      last_used_at: session.now,
      expires_at: session.expiresAt,
      address: session.address,
      user_agent: session.userAgent,
    })
    .execute();
}

const sessionWithUser = prepared((db: Db, idHash: string, now: string) =>
  db
    .selectFrom("auth_sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select(["s.csrf", "s.expires_at as expiresAt", "s.last_used_at as lastUsedAt", ...joinedUserColumns])
    .where("s.id_hash", "=", idHash)
    .where("s.expires_at", ">", now),
);

/** The session and its user, unless it is unknown or has expired by `now`. */
export async function findAuthSession(
  db: Db,
  idHash: string,
  now: string,
): Promise<{ user: UserRow; csrf: string; expiresAt: string; lastUsedAt: string } | null> {
  const row = (await sessionWithUser(db, idHash, now)).rows[0];
  if (!row) return null;
  const { csrf, expiresAt, lastUsedAt, ...user } = row;
  return { user, csrf, expiresAt, lastUsedAt };
}

/** Marks the session used now and pushes its expiry out. */
export async function touchAuthSession(
  db: Db,
  idHash: string,
  times: { now: string; expiresAt: string },
): Promise<void> {
  await db
    .updateTable("auth_sessions")
    .set({ last_used_at: times.now, expires_at: times.expiresAt })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function deleteAuthSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("id_hash", "=", idHash).execute();
}

/** Signs the user out everywhere, or everywhere but the session `exceptIdHash`. */
export async function deleteUserAuthSessions(db: Db, userId: number, exceptIdHash?: string): Promise<void> {
  let query = db.deleteFrom("auth_sessions").where("user_id", "=", userId);
  if (exceptIdHash !== undefined) query = query.where("id_hash", "<>", exceptIdHash);
  await query.execute();
}
