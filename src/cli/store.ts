// The CLI's way into the stored log (src/storage). Commands import this lazily, so commands that
// never touch the store never load the database drivers.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { athleteNameSchema } from "../contract/api.js";
import type { Profile, TrainingLog, Unit } from "../core/types.js";
import { type Athlete, displayUnit, ensureAthlete, findAthlete, listAthletes } from "../storage/athletes.js";
import { storeLocation } from "../storage/location.js";
import { getProfile } from "../storage/profiles.js";
import { DB_FILE, openStore, type Store, type StoreLocation } from "../storage/store.js";
import { readNextLog } from "../storage/window.js";
import { type Args, boolFlag, stringFlag } from "./args.js";
import { InputError } from "./errors.js";
import type { Io } from "./io.js";

export const DEFAULT_ATHLETE = "me";

/** `--athlete NAME` (default `me`), checked like the API checks it. */
export function athleteName(args: Args): string {
  const name = (stringFlag(args, "athlete") ?? DEFAULT_ATHLETE).trim();
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

function locationOf(args: Args, io: Io): StoreLocation {
  return storeLocation(stringFlag(args, "data"), io.env, io.cwd);
}

/** Whether the store holds anything yet; a PostgreSQL database is taken to exist. */
function storeExists(location: StoreLocation): boolean {
  return !("dataDir" in location) || existsSync(join(location.dataDir, DB_FILE));
}

/** A DATABASE_URL that is not a postgres:// URL fails here, before the driver guesses at it. */
function checkDatabaseUrl(location: StoreLocation): void {
  if (!("databaseUrl" in location)) return;
  let protocol = "";
  try {
    protocol = new URL(location.databaseUrl).protocol;
  } catch {}
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw Object.assign(new Error("DATABASE_URL is not a valid connection string"), {
      code: "ERR_INVALID_URL",
    });
  }
}

/** Opens (creating on first use) the store that `--data`, `DATABASE_URL` and the data-dir rules pick. */
export function openStoreFor(args: Args, io: Io): Promise<Store> {
  const location = locationOf(args, io);
  checkDatabaseUrl(location);
  return openStore(location);
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

/**
 * Like withStore, but a store that does not exist yet is not created: `missing()` answers instead.
 * Commands that only read, and writes that fail, must not leave an empty store behind.
 */
export async function withExistingStore<T>(
  args: Args,
  io: Io,
  work: (store: Store) => Promise<T>,
  missing: (where: string) => T,
): Promise<T> {
  const location = locationOf(args, io);
  if (!storeExists(location)) return missing((location as { dataDir: string }).dataDir);
  return withStore(args, io, work);
}

/** The athlete of that name: the exact name first, else the one whose name differs only in case. */
export async function lookUpAthlete(store: Store, name: string): Promise<Athlete | undefined> {
  const exact = await findAthlete(store.db, name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return (await listAthletes(store.db)).find((a) => a.name.toLowerCase() === lower);
}

/** The exit-2 error for an athlete that is not stored, listing who is. */
export function unknownAthlete(name: string, where: string, known: readonly string[]): InputError {
  const sorted = [...known].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  const stored = known.length
    ? `stored athletes: ${sorted.map((k) => `"${k}"`).join(", ")}; pick one with --athlete`
    : "nothing is stored yet";
  return new InputError(
    `no athlete "${name}" in ${where} (${stored}). ` +
      "Create one with `hipthrust profile set P.json`, or add --create to this command",
  );
}

/** The `--athlete`, or an exit-2 error that lists who is stored. */
export async function requireStoredAthlete(store: Store, name: string): Promise<Athlete> {
  const athlete = await lookUpAthlete(store, name);
  if (athlete) return athlete;
  throw unknownAthlete(
    name,
    store.where,
    (await listAthletes(store.db)).map((a) => a.name),
  );
}

/**
 * The athlete a write goes to. Only `--create` (or `profile set`) creates one, so a typo in
 * `--athlete` is an error rather than a new, empty athlete; `unit` is theirs when created.
 */
export async function athleteToWrite(
  store: Store,
  args: Args,
  name: string,
  unit: () => Unit,
): Promise<Athlete> {
  const found = await lookUpAthlete(store, name);
  if (found) return found;
  if (!boolFlag(args, "create")) await requireStoredAthlete(store, name);
  return ensureAthlete(store.db, name, unit());
}

/**
 * Before a write opens the store: an athlete can only be new with `--create`, so without it a
 * store that does not exist yet is an error, and nothing is created.
 */
export async function withStoreToWrite<T>(
  args: Args,
  io: Io,
  name: string,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  if (boolFlag(args, "create")) return withStore(args, io, work);
  return withExistingStore(args, io, work, (where) => {
    throw unknownAthlete(name, join(where, DB_FILE), []);
  });
}

/**
 * The `--athlete`'s stored profile (null when none) and, given the day `next` is asked for, the
 * part of the log it needs for that day (storage/window.ts), in the profile's unit: a long log
 * does not slow `next` down. An athlete not in the store, or a store that does not exist, has
 * neither (and the store is not created).
 */
export function storedProfileAndLog(
  args: Args,
  io: Io,
  nextOn: string | null,
): Promise<{ profile: Profile | null; log: TrainingLog }> {
  const name = athleteName(args);
  const nothing = () => ({ profile: null, log: { sessions: [] } });
  return withExistingStore(
    args,
    io,
    async (store) => {
      const athlete = await lookUpAthlete(store, name);
      if (!athlete) return nothing();
      const profile = await getProfile(store.db, athlete.id);
      if (nextOn === null) return { profile, log: { sessions: [] } };
      const log = await readNextLog(store.db, athlete.id, displayUnit(athlete, profile), nextOn);
      return { profile, log };
    },
    nothing,
  );
}

/** Runs `work` on the stored `--athlete`; a missing store or athlete is an exit-2 error and creates nothing. */
export function withStoredAthlete<T>(
  args: Args,
  io: Io,
  name: string,
  work: (store: Store, athlete: Athlete) => Promise<T>,
): Promise<T> {
  return withExistingStore(
    args,
    io,
    async (store) => work(store, await requireStoredAthlete(store, name)),
    (where) => {
      throw unknownAthlete(name, join(where, DB_FILE), []);
    },
  );
}
