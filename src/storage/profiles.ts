import type { Kysely } from "kysely";
import type { Profile } from "../core/types.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

export async function getProfile(db: Db, athleteId: number): Promise<Profile | null> {
  const row = await db
    .selectFrom("profiles")
    .select("data")
    .where("athlete_id", "=", athleteId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as Profile) : null;
}

/** Stores the profile (already validated), replacing any earlier one. */
export async function saveProfile(db: Db, athleteId: number, profile: Profile): Promise<void> {
  const data = JSON.stringify(profile);
  const updated_at = new Date().toISOString();
  await db
    .insertInto("profiles")
    .values({ athlete_id: athleteId, data, updated_at })
    .onConflict((oc) => oc.column("athlete_id").doUpdateSet({ data, updated_at }))
    .execute();
}

/** True when there was a profile to delete. */
export async function deleteProfile(db: Db, athleteId: number): Promise<boolean> {
  const result = await db.deleteFrom("profiles").where("athlete_id", "=", athleteId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
