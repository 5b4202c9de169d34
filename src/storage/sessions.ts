import { type Insertable, type Kysely, type Selectable, sql } from "kysely";
import { dayOf } from "../core/dates.js";
import type { ExerciseEntry, LoggedSet, Readiness, Session, Unit } from "../core/types.js";
import { lockAthlete } from "./athletes.js";
import { NotFoundError } from "./errors.js";
import { prepared } from "./prepared.js";
import type { Database, SetTable } from "./schema.js";
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
  importId?: number,
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
      import_id: importId ?? null,
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
  /** More to store with the import's last batch (e.g. the file's profile), atomically with it. */
  finish?: (trx: Db, athleteId: number) => Promise<void>;
}

/** The athlete an import adds to: a stored one's id, or one the import creates. */
export type ImportTarget = number | { name: string; unit: Unit };

export interface ImportCounts {
  added: number;
  skipped: number;
  replaced?: number;
}

/**
 * A batch ends after this long, so that the write lock is held for short spans and other writers
 * (the server's requests) get in between batches.
 */
const BATCH_MS = 50;
/**
 * Pause between batches: longer than a waiting writer's longest pause between retries (16 ms in
 * sqlite.ts), so that the server's requests get the write lock between an import's batches.
 */
const BATCH_PAUSE_MS = 20;
/** An import whose heartbeat is older than this has died; the next import removes its rows. */
const STALE_IMPORT_MS = 5 * 60 * 1000;

/**
 * The key an unfinished import's session is held under: the real key would clash (one session per
 * source and key) with a stored session that the import replaces, or with a concurrent import's.
 */
const pendingKey = (importId: number, key: string) => `pending-${importId}:${key}`;

class ImportTakenOver extends Error {
  override name = "ImportTakenOver";
  constructor() {
    super("another import of the same athlete took over this unfinished one; run the import again");
  }
}

/** Deletes an unfinished import and everything it stored (its sessions, and an athlete it created). */
async function dropImport(trx: Db, importId: number): Promise<void> {
  await trx.deleteFrom("sessions").where("import_id", "=", importId).execute();
  await trx.deleteFrom("athletes").where("import_id", "=", importId).execute();
  await trx.deleteFrom("imports").where("id", "=", importId).execute();
}

/**
 * The first batch: forgets dead imports, registers this one, and finds or creates the athlete
 * (created unseen, with the import's id). Unfinished imports into the same athlete, of the same
 * file or that were creating the athlete, are taken over: a killed import is simply run again.
 */
async function startImport(
  trx: Db,
  target: ImportTarget,
  file: ImportFile | undefined,
  now: Date,
): Promise<{ importId: number; athleteId: number }> {
  const stale = new Date(now.getTime() - STALE_IMPORT_MS).toISOString();
  const dead = await trx.selectFrom("imports").select("id").where("heartbeat_at", "<", stale).execute();
  for (const { id } of dead) await dropImport(trx, id);
  const at = now.toISOString();
  const { id: importId } = await trx
    .insertInto("imports")
    .values({ started_at: at, heartbeat_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();

  let athleteId: number;
  const takeOver = new Set<number>();
  if (typeof target === "number") {
    await lockAthlete(trx, target);
    athleteId = target;
  } else {
    const row = await trx
      .selectFrom("athletes")
      .select(["id", "import_id"])
      .where("name", "=", target.name)
      .executeTakeFirst();
    if (row) {
      athleteId = row.id;
      if (row.import_id !== null) {
        takeOver.add(row.import_id);
        await trx.updateTable("athletes").set({ import_id: importId }).where("id", "=", row.id).execute();
      }
    } else {
      athleteId = (
        await trx
          .insertInto("athletes")
          .values({ name: target.name, unit: target.unit, created_at: at, import_id: importId })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    }
  }
  if (file) {
    const same = await trx
      .selectFrom("sessions")
      .select("import_id")
      .distinct()
      .where("athlete_id", "=", athleteId)
      .where("import_id", "is not", null)
      .where((eb) => eb.or([eb("import_name", "=", file.name), eb("import_sha256", "=", file.sha256)]))
      .execute();
    for (const { import_id } of same) if (import_id !== null) takeOver.add(import_id);
  }
  for (const id of takeOver) if (id !== importId) await dropImport(trx, id);
  return { importId, athleteId };
}

/** Adds items from `next` until the batch has run BATCH_MS; returns where the next batch starts. */
async function importBatch(
  trx: Db,
  importId: number,
  athleteId: number,
  items: readonly ImportItem[],
  next: number,
  unit: Unit,
  file: ImportFile | undefined,
  replacing: boolean,
): Promise<number> {
  const beat = await trx
    .updateTable("imports")
    .set({ heartbeat_at: new Date().toISOString() })
    .where("id", "=", importId)
    .executeTakeFirst();
  if (beat.numUpdatedRows === 0n) throw new ImportTakenOver();
  const until = Date.now() + BATCH_MS;
  let i = next;
  for (; i < items.length && (i === next || Date.now() < until); i++) {
    const { session, origin } = items[i] as ImportItem;
    const pending = pendingKey(importId, origin.externalKey);
    // Stored already, or earlier in this file: skipped, as importing a file twice adds nothing.
    // Sessions that the last batch replaces do not count.
    const existing = await trx
      .selectFrom("sessions")
      .select("id")
      .where("athlete_id", "=", athleteId)
      .where("source", "=", origin.source)
      .where((eb) => {
        const stored = [eb("import_id", "is", null), eb("external_key", "=", origin.externalKey)];
        if (replacing && file) {
          stored.push(
            eb.or([
              eb("import_name", "is", null),
              eb.and([eb("import_name", "!=", file.name), eb("import_sha256", "!=", file.sha256)]),
            ]),
          );
        }
        return eb.or([
          eb.and(stored),
          eb.and([eb("import_id", "=", importId), eb("external_key", "=", pending)]),
        ]);
      })
      .executeTakeFirst();
    if (existing) continue;
    const held = { source: origin.source, externalKey: pending };
    await insertSession(trx, athleteId, session, unit, held, file, importId);
  }
  return i;
}

/** The last batch: what the import stored becomes visible at once, with what `finish` stores. */
async function finishImport(
  trx: Db,
  importId: number,
  athleteId: number,
  options: ImportOptions,
): Promise<ImportCounts> {
  const mine = await trx.deleteFrom("imports").where("id", "=", importId).executeTakeFirst();
  if (mine.numDeletedRows === 0n) throw new ImportTakenOver();
  await lockAthlete(trx, athleteId);
  const { file } = options;
  let replaced: number | undefined;
  if (options.replace && file) {
    const deleted = await trx
      .deleteFrom("sessions")
      .where("athlete_id", "=", athleteId)
      .where("import_id", "is", null)
      .where((eb) => eb.or([eb("import_name", "=", file.name), eb("import_sha256", "=", file.sha256)]))
      .executeTakeFirst();
    replaced = Number(deleted.numDeletedRows);
  }
  // A concurrent import of the same sessions that finished first keeps them: ours are dropped.
  const key = sql<string>`substr(s.external_key, ${pendingKey(importId, "").length + 1})`;
  await trx
    .deleteFrom("sessions as s")
    .where("s.import_id", "=", importId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("sessions as o")
          .select("o.id")
          .where("o.import_id", "is", null)
          .whereRef("o.athlete_id", "=", "s.athlete_id")
          .whereRef("o.source", "=", "s.source")
          .where("o.external_key", "=", key),
      ),
    )
    .execute();
  const shown = await trx
    .updateTable("sessions as s")
    .set({ import_id: null, external_key: key })
    .where("s.import_id", "=", importId)
    .executeTakeFirst();
  await trx.updateTable("athletes").set({ import_id: null }).where("id", "=", athleteId).execute();
  await options.finish?.(trx, athleteId);
  return { added: Number(shown.numUpdatedRows), skipped: 0, ...(replaced !== undefined && { replaced }) };
}

/**
 * Adds imported sessions in batches of at most about BATCH_MS each, so the store's write lock is
 * never held for long, yet atomically as a whole: every batch's rows carry the import's id and
 * stay unseen by every read until the last batch clears it; a failure deletes them, and an import
 * killed midway is removed by the next import of the athlete (or after STALE_IMPORT_MS by any
 * import). A session whose source and key are already stored for the athlete is skipped, so
 * importing the same file twice changes nothing. With `replace`, the sessions an earlier import of
 * the file created are deleted in the last batch and counted in `replaced`. Inside a caller's
 * transaction (the server's idempotent requests) all of it is that one transaction.
 */
export async function importSessions(
  db: Db,
  target: ImportTarget,
  items: readonly ImportItem[],
  unit: Unit,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  const { file } = options;
  const replacing = options.replace === true;
  const started = await inTransaction(db, async (trx) => {
    const ids = await startImport(trx, target, file, new Date());
    const next = await importBatch(trx, ids.importId, ids.athleteId, items, 0, unit, file, replacing);
    return { ...ids, next };
  });
  const { importId, athleteId } = started;
  try {
    for (let next = started.next; next < items.length; ) {
      await new Promise((resolve) => setTimeout(resolve, BATCH_PAUSE_MS));
      const from = next;
      next = await inTransaction(db, (trx) =>
        importBatch(trx, importId, athleteId, items, from, unit, file, replacing),
      );
    }
    const done = await inTransaction(db, (trx) => finishImport(trx, importId, athleteId, options));
    return { ...done, skipped: items.length - done.added };
  } catch (error) {
    if (!db.isTransaction && !(error instanceof ImportTakenOver)) {
      await inTransaction(db, (trx) => dropImport(trx, importId)).catch(() => undefined);
    }
    throw error;
  }
}

// The queries of logging a set, built once (prepared.ts): the hottest write of the server.
const handLoggedSessionOn = prepared((db: Db, athleteId: number, day: string) =>
  db
    .selectFrom("sessions")
    .select(["id", "date"])
    .where("athlete_id", "=", athleteId)
    .where("day", "=", day)
    .where("source", "is", null)
    .where("import_id", "is", null)
    .orderBy("id", "desc")
    .limit(1),
);
const entriesOf = prepared((db: Db, sessionId: number) =>
  db
    .selectFrom("exercise_entries")
    .select(["id", "exercise", "position"])
    .where("session_id", "=", sessionId)
    .orderBy("position"),
);
const lastSetPosition = prepared((db: Db, entryId: number) =>
  db
    .selectFrom("sets")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("entry_id", "=", entryId),
);
const insertSet = prepared((db: Db, row: Insertable<SetTable>) =>
  db.insertInto("sets").values(row).returningAll(),
);

/** Appends a set to the session's entry for `exercise`, creating the entry; returns the stored row. */
export async function appendSet(
  trx: Db,
  sessionId: number,
  exercise: string,
  set: LoggedSet,
  unit: Unit,
): Promise<Selectable<SetTable>> {
  const entries = (await entriesOf(trx, sessionId)).rows;
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
  const last = (await lastSetPosition(trx, entryId)).rows[0];
  const position = (last?.position ?? -1) + 1;
  const inserted = await insertSet(trx, { entry_id: entryId, position, ...setColumns(set, unit) });
  return inserted.rows[0] as Selectable<SetTable>;
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
): Promise<{ sessionId: number; sessionDate: string; set: Selectable<SetTable> | null }> {
  return inTransaction(db, async (trx) => {
    await lockAthlete(trx, athleteId);
    const day = dayOf(entry.date);
    const found = (await handLoggedSessionOn(trx, athleteId, day)).rows[0];
    const sessionId = found?.id ?? (await insertSession(trx, athleteId, { date: entry.date }, entry.unit));
    const sessionDate = found?.date ?? entry.date;
    const changes = entry.readiness ? readinessChanges(entry.readiness) : {};
    if (Object.keys(changes).length > 0) {
      await trx.updateTable("sessions").set(changes).where("id", "=", sessionId).execute();
    }
    const set =
      entry.set && entry.exercise
        ? await appendSet(trx, sessionId, entry.exercise, entry.set, entry.unit)
        : null;
    return { sessionId, sessionDate, set };
  });
}
