import type { Kysely } from "kysely";
import { dayOf } from "../core/dates.js";
import type { ExerciseEntry, LoggedSet, Readiness, Session, Unit } from "../core/types.js";
import { lockAthlete } from "./athletes.js";
import { NotFoundError } from "./errors.js";
import type { Database } from "./schema.js";
import { inTransaction } from "./tx.js";

type Db = Kysely<Database>;

/** Where an imported session came from: the same source and key again is the same session. */
export interface Origin {
  source: string;
  externalKey: string;
}

/** The file an import read: `import --replace` finds the sessions an earlier import of it created. */
export interface ImportFile {
  name: string;
  sha256: string;
}

const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);

function readinessColumns(readiness: Readiness | undefined) {
  return {
    soreness: readiness?.soreness ?? null,
    fatigue: readiness?.fatigue ?? null,
    sleep_hours: readiness?.sleepHours ?? null,
    cleared: readiness?.cleared === undefined ? null : readiness.cleared ? 1 : 0,
  };
}

/** Only the answers given: a later check-in on the same day fills in, never erases. */
function readinessChanges(readiness: Readiness): Partial<ReturnType<typeof readinessColumns>> {
  const changes: Partial<ReturnType<typeof readinessColumns>> = {};
  if (readiness.soreness !== undefined) changes.soreness = readiness.soreness;
  if (readiness.fatigue !== undefined) changes.fatigue = readiness.fatigue;
  if (readiness.sleepHours !== undefined) changes.sleep_hours = readiness.sleepHours;
  if (readiness.cleared !== undefined) changes.cleared = readiness.cleared ? 1 : 0;
  return changes;
}

function sessionColumns(session: Session) {
  return {
    date: session.date,
    day: dayOf(session.date),
    ...readinessColumns(session.readiness),
    notes: session.notes ?? null,
  };
}

/** A set's columns: the load is kept exactly as entered, with its unit. */
export function setColumns(set: LoggedSet, unit: Unit) {
  return {
    load: set.load,
    unit,
    reps: set.reps,
    rpe: set.rpe ?? null,
    full_lockout: flag(set.fullLockout),
    controlled: flag(set.controlled),
    pain: set.pain ?? null,
    warmup: set.warmup ? 1 : 0,
    set_type: set.setType === undefined || set.setType === "normal" ? null : set.setType,
    band: set.band ?? null,
  };
}

async function insertEntries(
  trx: Db,
  sessionId: number,
  entries: ExerciseEntry[],
  unit: Unit,
): Promise<void> {
  for (const [position, entry] of entries.entries()) {
    const { id } = await trx
      .insertInto("exercise_entries")
      .values({ session_id: sessionId, position, exercise: entry.exercise, notes: entry.notes ?? null })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (entry.sets.length === 0) continue;
    await trx
      .insertInto("sets")
      .values(entry.sets.map((set, i) => ({ entry_id: id, position: i, ...setColumns(set, unit) })))
      .execute();
  }
}

async function insertSession(
  trx: Db,
  athleteId: number,
  session: Session,
  unit: Unit,
  origin?: Origin,
  file?: ImportFile,
): Promise<number> {
  const { id } = await trx
    .insertInto("sessions")
    .values({
      athlete_id: athleteId,
      ...sessionColumns(session),
      source: origin?.source ?? null,
      external_key: origin?.externalKey ?? null,
      import_name: file?.name ?? null,
      import_sha256: file?.sha256 ?? null,
      created_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertEntries(trx, id, session.exercises ?? [], unit);
  return id;
}

/** Stores a whole session (validated) whose loads are in `unit`; returns its id. */
export function addSession(db: Db, athleteId: number, session: Session, unit: Unit): Promise<number> {
  return inTransaction(db, (trx) => insertSession(trx, athleteId, session, unit));
}

export async function requireSession(db: Db, athleteId: number, sessionId: number): Promise<void> {
  const found = await db
    .selectFrom("sessions")
    .select("id")
    .where("id", "=", sessionId)
    .where("athlete_id", "=", athleteId)
    .where("import_id", "is", null)
    .executeTakeFirst();
  if (!found) throw new NotFoundError("session", `no session ${sessionId} for this athlete`);
}

/** Replaces a session's fields and all its exercises; its sets get new ids. */
export async function replaceSession(
  db: Db,
  athleteId: number,
  sessionId: number,
  session: Session,
  unit: Unit,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await requireSession(trx, athleteId, sessionId);
    await trx.updateTable("sessions").set(sessionColumns(session)).where("id", "=", sessionId).execute();
    await trx.deleteFrom("exercise_entries").where("session_id", "=", sessionId).execute();
    await insertEntries(trx, sessionId, session.exercises ?? [], unit);
  });
}

export async function deleteSession(db: Db, athleteId: number, sessionId: number): Promise<void> {
  const result = await db
    .deleteFrom("sessions")
    .where("id", "=", sessionId)
    .where("athlete_id", "=", athleteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n)
    throw new NotFoundError("session", `no session ${sessionId} for this athlete`);
}

export interface ImportItem {
  session: Session;
  origin: Origin;
}

export interface ImportOptions {
  /** The file read; its sessions remember it. */
  file?: ImportFile;
  /** First delete the sessions earlier imports of the same file (same name or same text) created. */
  replace?: boolean;
}

/**
 * Adds imported sessions in one transaction: all or none. A session whose source and key are
 * already stored for the athlete is skipped, so importing the same file twice changes nothing.
 * With `replace`, the sessions an earlier import of the file created are deleted first, in the
 * same transaction, and counted in `replaced`.
 */
export function importSessions(
  db: Db,
  athleteId: number,
  items: readonly ImportItem[],
  unit: Unit,
  options: ImportOptions = {},
): Promise<{ added: number; skipped: number; replaced?: number }> {
  const { file } = options;
  return inTransaction(db, async (trx) => {
    await lockAthlete(trx, athleteId);
    let replaced: number | undefined;
    if (options.replace && file) {
      const deleted = await trx
        .deleteFrom("sessions")
        .where("athlete_id", "=", athleteId)
        .where((eb) => eb.or([eb("import_name", "=", file.name), eb("import_sha256", "=", file.sha256)]))
        .executeTakeFirst();
      replaced = Number(deleted.numDeletedRows);
    }
    let added = 0;
    for (const { session, origin } of items) {
      const existing = await trx
        .selectFrom("sessions")
        .select("id")
        .where("athlete_id", "=", athleteId)
        .where("source", "=", origin.source)
        .where("external_key", "=", origin.externalKey)
        .executeTakeFirst();
      if (existing) continue;
      await insertSession(trx, athleteId, session, unit, origin, file);
      added++;
    }
    return { added, skipped: items.length - added, ...(replaced !== undefined && { replaced }) };
  });
}

/** Appends a set to the session's entry for `exercise`, creating the entry; returns the set's id. */
export async function appendSet(
  trx: Db,
  sessionId: number,
  exercise: string,
  set: LoggedSet,
  unit: Unit,
): Promise<number> {
  const entries = await trx
    .selectFrom("exercise_entries")
    .select(["id", "exercise", "position"])
    .where("session_id", "=", sessionId)
    .orderBy("position")
    .execute();
  let entryId = entries.findLast((e) => e.exercise === exercise)?.id;
  if (entryId === undefined) {
    const position = (entries.at(-1)?.position ?? -1) + 1;
    entryId = (
      await trx
        .insertInto("exercise_entries")
        .values({ session_id: sessionId, position, exercise, notes: null })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  }
  const last = await trx
    .selectFrom("sets")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("entry_id", "=", entryId)
    .executeTakeFirst();
  const position = (last?.position ?? -1) + 1;
  const { id } = await trx
    .insertInto("sets")
    .values({ entry_id: entryId, position, ...setColumns(set, unit) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export interface SetLog {
  /** The session's date; the set joins the day's hand-logged session, or starts one. */
  date: string;
  exercise?: string | undefined;
  set?: LoggedSet | undefined;
  readiness?: Readiness | undefined;
  unit: Unit;
}

/**
 * Logs one set and/or a readiness check-in on a day, the way a person logs in the gym: into the
 * day's hand-logged session (imported sessions are left as imported), created when there is none.
 */
export function logToDay(
  db: Db,
  athleteId: number,
  entry: SetLog,
): Promise<{ sessionId: number; setId: number | null }> {
  return inTransaction(db, async (trx) => {
    await lockAthlete(trx, athleteId);
    const day = dayOf(entry.date);
    const found = await trx
      .selectFrom("sessions")
      .select("id")
      .where("athlete_id", "=", athleteId)
      .where("day", "=", day)
      .where("source", "is", null)
      .where("import_id", "is", null)
      .orderBy("id", "desc")
      .executeTakeFirst();
    const sessionId = found?.id ?? (await insertSession(trx, athleteId, { date: entry.date }, entry.unit));
    const changes = entry.readiness ? readinessChanges(entry.readiness) : {};
    if (Object.keys(changes).length > 0) {
      await trx.updateTable("sessions").set(changes).where("id", "=", sessionId).execute();
    }
    const setId =
      entry.set && entry.exercise
        ? await appendSet(trx, sessionId, entry.exercise, entry.set, entry.unit)
        : null;
    return { sessionId, setId };
  });
}
