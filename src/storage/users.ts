import type { Kysely } from "kysely";
import { ConflictError, NotFoundError } from "./errors.js";
import type { Database } from "./schema.js";
import { inTransaction } from "./tx.js";

export type Role = "owner" | "coach" | "athlete";
export const ROLES: readonly Role[] = ["owner", "coach", "athlete"];

export interface UserRow {
  id: number;
  name: string;
  role: Role;
  athleteId: number | null;
  createdAt: string;
}

/** A user as shown: the linked athlete's name and every athlete name the user may access. */
export interface UserView extends UserRow {
  athlete: string | null;
  athletes: string[];
}

type Db = Kysely<Database>;

export const USERNAME_MAX = 64;

/** What sign-in matches: names differ only in case are one name. */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Why a name cannot be a username (1–64 characters, no control characters, no outer spaces), or null. */
export function usernameProblem(name: string): string | null {
  if (name.length === 0) return "must not be empty";
  if ([...name].length > USERNAME_MAX) return `must be at most ${USERNAME_MAX} characters`;
  if (name.trim() !== name) return "must not start or end with a space";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\u0000-\u001f\u007f]/.test(name)) return "must not contain control characters";
  return null;
}

const columns = ["id", "name", "role", "athlete_id as athleteId", "created_at as createdAt"] as const;
/** The same, from `users as u` joined to a credential: the credential and its user in one query. */
export const joinedUserColumns = [
  "u.id",
  "u.name",
  "u.role",
  "u.athlete_id as athleteId",
  "u.created_at as createdAt",
] as const;

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createUser(
  db: Db,
  user: { name: string; passwordHash: string; role: Role; athleteId?: number | null; now: string },
): Promise<UserRow> {
  const created = await db
    .insertInto("users")
    .values({
      name: user.name,
      name_key: nameKey(user.name),
      password_hash: user.passwordHash,
      role: user.role,
      athlete_id: user.athleteId ?? null,
      created_at: user.now,
    })
    .onConflict((oc) => oc.column("name_key").doNothing())
    .returning(columns)
    .executeTakeFirst();
  if (!created) throw new ConflictError("username", `a user named "${user.name}" already exists`);
  return created;
}

/** The user of that name, compared without regard to case, with the password hash to check. */
export async function findUserByName(
  db: Db,
  name: string,
): Promise<(UserRow & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom("users")
    .select([...columns, "password_hash as passwordHash"])
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
  return row ?? null;
}

export async function getUser(db: Db, id: number): Promise<UserRow | null> {
  return (await db.selectFrom("users").select(columns).where("id", "=", id).executeTakeFirst()) ?? null;
}

/** Names of the athletes the user may access, sorted. */
async function accessibleNames(db: Db, user: UserRow): Promise<string[]> {
  let query = db.selectFrom("athletes").select("name").where("import_id", "is", null);
  if (user.role !== "owner") {
    query = query.where((eb) => {
      const own = eb("id", "=", user.athleteId ?? -1);
      if (user.role !== "coach") return own;
      const assigned = eb.selectFrom("coach_athletes").select("athlete_id").where("user_id", "=", user.id);
      return eb.or([own, eb("id", "in", assigned)]);
    });
  }
  const rows = await query.orderBy("name").execute();
  return rows.map((r) => r.name);
}

export async function viewUser(db: Db, user: UserRow): Promise<UserView> {
  const linked =
    user.athleteId === null
      ? undefined
      : await db.selectFrom("athletes").select("name").where("id", "=", user.athleteId).executeTakeFirst();
  return { ...user, athlete: linked?.name ?? null, athletes: await accessibleNames(db, user) };
}

export async function listUsers(db: Db): Promise<UserView[]> {
  const rows = await db.selectFrom("users").select(columns).orderBy("name_key").execute();
  const views: UserView[] = [];
  for (const row of rows) views.push(await viewUser(db, row));
  return views;
}

/**
 * Takes the owners' rows before checking how many there are, so that two transactions removing
 * or demoting the last two owners at once cannot both pass the check (PostgreSQL row locks;
 * SQLite's write transactions are already serial).
 */
async function lockOwners(trx: Db): Promise<number> {
  const locked = await trx
    .updateTable("users")
    .set((eb) => ({ role: eb.ref("role") }))
    .where("role", "=", "owner")
    .executeTakeFirst();
  return Number(locked.numUpdatedRows);
}

async function requireUser(trx: Db, id: number): Promise<UserRow> {
  const user = await getUser(trx, id);
  if (!user) throw new NotFoundError("username", "no such user");
  return user;
}

function lastOwner(name: string): ConflictError {
  return new ConflictError("username", `"${name}" is the last owner; make another user an owner first`);
}

/**
 * Changes a user's role, password hash or linked athlete. Demoting the last owner is a conflict;
 * a user who stops being a coach loses their assignments.
 */
export async function updateUser(
  db: Db,
  id: number,
  changes: { role?: Role; passwordHash?: string; athleteId?: number | null },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const owners = changes.role !== undefined && changes.role !== "owner" ? await lockOwners(trx) : 0;
    const user = await requireUser(trx, id);
    if (changes.role !== undefined && changes.role !== "owner" && user.role === "owner" && owners <= 1) {
      throw lastOwner(user.name);
    }
    const set = {
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.athleteId !== undefined && { athlete_id: changes.athleteId }),
    };
    if (Object.keys(set).length > 0) await trx.updateTable("users").set(set).where("id", "=", id).execute();
    if (changes.role !== undefined && changes.role !== "coach") {
      await trx.deleteFrom("coach_athletes").where("user_id", "=", id).execute();
    }
  });
}

/** Deletes the user with their sessions, tokens and assignments; never the last owner. */
export async function deleteUser(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const owners = await lockOwners(trx);
    const user = await requireUser(trx, id);
    if (user.role === "owner" && owners <= 1) throw lastOwner(user.name);
    await trx.deleteFrom("users").where("id", "=", id).execute();
  });
}

/** Replaces the athletes a coach is assigned. */
export async function setCoachAthletes(db: Db, userId: number, athleteIds: number[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    await requireUser(trx, userId);
    await trx.deleteFrom("coach_athletes").where("user_id", "=", userId).execute();
    const unique = [...new Set(athleteIds)];
    if (unique.length === 0) return;
    await trx
      .insertInto("coach_athletes")
      .values(unique.map((athlete_id) => ({ user_id: userId, athlete_id })))
      .execute();
  });
}

/** Owners reach everyone; anyone their linked athlete; coaches the athletes assigned to them. */
export async function mayAccessAthlete(db: Db, user: UserRow, athleteId: number): Promise<boolean> {
  if (user.role === "owner" || user.athleteId === athleteId) return true;
  if (user.role !== "coach") return false;
  const row = await db
    .selectFrom("coach_athletes")
    .select("athlete_id")
    .where("user_id", "=", user.id)
    .where("athlete_id", "=", athleteId)
    .executeTakeFirst();
  return row !== undefined;
}
