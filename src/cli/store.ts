// The CLI's way into the stored log (src/storage). Commands import this lazily, so commands that
// never touch the store never load the database drivers.
import { athleteNameSchema } from "../contract/api.js";
import type { Profile, TrainingLog, Unit } from "../core/types.js";
import { type Athlete, displayUnit, findAthlete, listAthletes } from "../storage/athletes.js";
import { storeLocation } from "../storage/location.js";
import { getProfile } from "../storage/profiles.js";
import { readLog } from "../storage/read.js";
import { openStore, type Store } from "../storage/store.js";
import { nextWindowStart } from "../storage/window.js";
import { type Args, stringFlag } from "./args.js";
import { InputError } from "./errors.js";
import type { Io } from "./io.js";

export const DEFAULT_ATHLETE = "me";

/** `--athlete NAME` (default `me`), checked like the API checks it. */
export function athleteName(args: Args): string {
  const name = stringFlag(args, "athlete") ?? DEFAULT_ATHLETE;
  const result = athleteNameSchema.safeParse(name);
  if (!result.success) throw new InputError(`option --athlete: "${name}" ${result.error.issues[0]?.message}`);
  return name;
}

/** `--unit kg|lb`, when given. */
export function unitOption(args: Args): Unit | undefined {
  const unit = stringFlag(args, "unit");
  if (unit === undefined || unit === "kg" || unit === "lb") return unit;
  throw new InputError(`option --unit: expected kg or lb, got "${unit}"`);
}

/** Opens (creating on first use) the store that `--data`, `DATABASE_URL` and the data-dir rules pick. */
export function openStoreFor(args: Args, io: Io): Promise<Store> {
  return openStore(storeLocation(stringFlag(args, "data"), io.env, io.cwd));
}

/** Runs `work` on the store and always closes it. */
export async function withStore<T>(args: Args, io: Io, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFor(args, io);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The `--athlete`, or an exit-2 error that lists who is stored. */
export async function requireStoredAthlete(store: Store, name: string): Promise<Athlete> {
  const athlete = await findAthlete(store.db, name);
  if (athlete) return athlete;
  const known = (await listAthletes(store.db)).map((a) => a.name);
  const hint = known.length ? `stored athletes: ${known.join(", ")}` : "nothing is stored yet";
  throw new InputError(`no athlete "${name}" in ${store.where} (${hint}; pick one with --athlete)`);
}

/**
 * The `--athlete`'s stored profile (null when none) and, given the day `next` is asked for, the
 * part of the log it needs for that day (storage/window.ts), in the profile's unit: a long log
 * does not slow `next` down. An athlete not in the store has neither.
 */
export function storedProfileAndLog(
  args: Args,
  io: Io,
  nextOn: string | null,
): Promise<{ profile: Profile | null; log: TrainingLog }> {
  return withStore(args, io, async (store) => {
    const athlete = await findAthlete(store.db, athleteName(args));
    if (!athlete) return { profile: null, log: { sessions: [] } };
    const profile = await getProfile(store.db, athlete.id);
    if (nextOn === null) return { profile, log: { sessions: [] } };
    const from = await nextWindowStart(store.db, athlete.id, nextOn);
    const log = await readLog(
      store.db,
      athlete.id,
      displayUnit(athlete, profile),
      from === undefined ? {} : { from },
    );
    return { profile, log };
  });
}
