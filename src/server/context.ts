import type { Kysely } from "kysely";
import type { Profile, Unit } from "../core/types.js";
import { type Athlete, displayUnit, requireAthlete } from "../storage/athletes.js";
import { ConflictError } from "../storage/errors.js";
import { getProfile } from "../storage/profiles.js";
import type { Database } from "../storage/schema.js";

export interface AthleteContext {
  athlete: Athlete;
  profile: Profile | null;
  /** The unit loads are shown in. */
  unit: Unit;
}

/** The named athlete (404 when unknown), their stored profile and display unit. */
export async function athleteContext(db: Kysely<Database>, name: string): Promise<AthleteContext> {
  const athlete = await requireAthlete(db, name);
  const profile = await getProfile(db, athlete.id);
  return { athlete, profile, unit: displayUnit(athlete, profile) };
}

/** The stored profile, which plan, next and decide need. */
export function requireProfile(context: AthleteContext): Profile {
  if (context.profile) return context.profile;
  const name = context.athlete.name;
  throw new ConflictError(
    "profile",
    `athlete "${name}" has no profile; PUT /api/athletes/${name}/profile first`,
  );
}

/** Today as YYYY-MM-DD (UTC), when a request does not name a day. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
