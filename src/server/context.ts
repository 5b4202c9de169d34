import type { Kysely } from "kysely";
import type { Profile, Unit } from "../core/types.js";
import { type Athlete, displayUnit, findAthleteWithProfile, noAthleteNamed } from "../storage/athletes.js";
import { ConflictError } from "../storage/errors.js";
import type { Database } from "../storage/schema.js";

export interface AthleteContext {
  athlete: Athlete;
  profile: Profile | null;
  /** The unit loads are shown in. */
  unit: Unit;
}

/** The named athlete (404 when unknown), their stored profile and display unit. */
export async function athleteContext(db: Kysely<Database>, name: string): Promise<AthleteContext> {
  const found = await findAthleteWithProfile(db, name);
  if (!found) throw noAthleteNamed(name);
  return { ...found, unit: displayUnit(found.athlete, found.profile) };
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
