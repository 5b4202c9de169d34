import type { Kysely } from "kysely";
import type { Profile, Unit } from "../core/types.js";
import { ConflictError, NotFoundError } from "./errors.js";
import { type Page, type PageRequest, toPage } from "./page.js";
import { prepared } from "./prepared.js";
import type { Database } from "./schema.js";
import { inTransaction } from "./tx.js";

export interface Athlete {
  id: number;
  name: string;
  unit: Unit;
  createdAt: string;
}

type Db = Kysely<Database>;

const columns = ["id", "name", "unit", "created_at as createdAt"] as const;

export function listAthletes(db: Db): Promise<Athlete[]> {
  return db.selectFrom("athletes").select(columns).where("import_id", "is", null).orderBy("name").execute();
}

/** One page of athletes by name; the cursor is the last name. */
export async function pageAthletes(db: Db, page: PageRequest<string>): Promise<Page<Athlete, string>> {
  let query = db.selectFrom("athletes").select(columns).where("import_id", "is", null);
  if (page.after !== undefined) query = query.where("name", ">", page.after);
  const rows = await query
    .orderBy("name")
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (a) => a.name);
}

export function findAthlete(db: Db, name: string): Promise<Athlete | undefined> {
  return db
    .selectFrom("athletes")
    .select(columns)
    .where("name", "=", name)
    .where("import_id", "is", null)
    .executeTakeFirst();
}

/** The 404 of a name that is not an athlete's (or not one the caller may see: the same answer). */
export const noAthleteNamed = (name: string) => new NotFoundError("athlete", `no athlete named "${name}"`);

const athleteWithProfile = prepared((db: Db, name: string) =>
  db
    .selectFrom("athletes as a")
    .leftJoin("profiles as p", "p.athlete_id", "a.id")
    .select(["a.id", "a.name", "a.unit", "a.created_at as createdAt", "p.data as profile"])
    .where("a.name", "=", name)
    .where("a.import_id", "is", null),
);

/** The named athlete and their stored profile (null while none), in one query. */
export async function findAthleteWithProfile(
  db: Db,
  name: string,
): Promise<{ athlete: Athlete; profile: Profile | null } | undefined> {
  const row = (await athleteWithProfile(db, name)).rows[0];
  if (!row) return undefined;
  const { profile, ...athlete } = row;
  return { athlete, profile: profile === null ? null : (JSON.parse(profile) as Profile) };
}

export async function requireAthlete(db: Db, name: string): Promise<Athlete> {
  const athlete = await findAthlete(db, name);
  if (!athlete) throw noAthleteNamed(name);
  return athlete;
}

export async function createAthlete(db: Db, name: string, unit: Unit): Promise<Athlete> {
  const created = await db
    .insertInto("athletes")
    .values({ name, unit, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning(columns)
    .executeTakeFirst();
  if (!created) throw new ConflictError("name", `an athlete named "${name}" already exists`);
  return created;
}

/** The athlete, created on first use (a first logged set or stored profile creates them). */
export async function ensureAthlete(db: Db, name: string, unit: Unit): Promise<Athlete> {
  await db
    .insertInto("athletes")
    .values({ name, unit, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  return requireAthlete(db, name);
}

export async function updateAthlete(
  db: Db,
  athlete: Athlete,
  changes: { name?: string | undefined; unit?: Unit | undefined },
): Promise<Athlete> {
  return inTransaction(db, async (trx) => {
    if (
      changes.name !== undefined &&
      changes.name !== athlete.name &&
      (await findAthlete(trx, changes.name))
    ) {
      throw new ConflictError("name", `an athlete named "${changes.name}" already exists`);
    }
    const row = { name: changes.name ?? athlete.name, unit: changes.unit ?? athlete.unit };
    const result = await trx.updateTable("athletes").set(row).where("id", "=", athlete.id).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new NotFoundError("athlete", "the athlete was deleted meanwhile");
    return { ...athlete, ...row };
  });
}

/** Deletes the athlete and, through the foreign keys, everything stored for them. */
export async function deleteAthlete(db: Db, athlete: Athlete): Promise<void> {
  const result = await db.deleteFrom("athletes").where("id", "=", athlete.id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw noAthleteNamed(athlete.name);
}

/**
 * Serialises writers of one athlete's log: a no-op update takes the row lock in PostgreSQL
 * (SQLite's immediate transactions already hold the database's write lock). Without it two
 * concurrent "log a set today" requests could each create that day's session. An athlete deleted
 * since the request found them is a 404, not a foreign-key failure later.
 */
const touchAthleteRow = prepared((db: Db, athleteId: number) =>
  db
    .updateTable("athletes")
    .set((eb) => ({ name: eb.ref("name") }))
    .where("id", "=", athleteId),
);

export async function lockAthlete(trx: Db, athleteId: number): Promise<void> {
  const result = await touchAthleteRow(trx, athleteId);
  if (result.numAffectedRows === 0n) throw new NotFoundError("athlete", "the athlete was deleted meanwhile");
}

/** Loads are shown in the profile's unit, or in the athlete's while there is no profile. */
export function displayUnit(athlete: Athlete, profile: Profile | null): Unit {
  return profile?.unit ?? athlete.unit;
}
