import type { Kysely, Selectable } from "kysely";
import { dayOf } from "../core/dates.js";
import type { LoggedSet, Readiness, Session, TrainingLog, Unit } from "../core/types.js";
import { NotFoundError } from "./errors.js";
import { type Page, toPage } from "./page.js";
import type { Database, SessionTable, SetTable } from "./schema.js";
import { convertLoad } from "./units.js";

type Db = Kysely<Database>;

/** A stored set, its load shown in the display unit, and the load exactly as it was entered. */
export interface SetView extends LoggedSet {
  id: number;
  unit: Unit;
  entered: { load: number; unit: Unit };
}

export interface EntryView {
  id: number;
  exercise: string;
  notes?: string;
  sets: SetView[];
}

export interface SessionView {
  id: number;
  date: string;
  readiness?: Readiness;
  notes?: string;
  source?: string;
  externalKey?: string;
  exercises: EntryView[];
}

/** Where a page of sessions ends: sessions sort by day, then date as entered, then id. */
export interface SessionKey {
  day: string;
  date: string;
  id: number;
}

export interface SessionFilter {
  id?: number;
  /** Days, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Only the most recent N sessions. */
  latest?: number;
  /** At most this many, after `after` (paging); the whole match when absent. */
  limit?: number;
  after?: SessionKey;
}

/** Ids per `in (…)` list: far under SQLite's 32,766 bound variables. */
const ID_CHUNK = 5000;

const bool = (value: number | null) => (value === null ? undefined : value === 1);

export function toSetView(row: Selectable<SetTable>, unit: Unit): SetView {
  const view: SetView = {
    id: row.id,
    load: convertLoad(row.load, row.unit, unit),
    unit,
    reps: row.reps,
    entered: { load: row.load, unit: row.unit },
  };
  if (row.rpe !== null) view.rpe = row.rpe;
  if (row.full_lockout !== null) view.fullLockout = bool(row.full_lockout);
  if (row.controlled !== null) view.controlled = bool(row.controlled);
  if (row.pain !== null) view.pain = row.pain;
  if (row.warmup === 1) view.warmup = true;
  if (row.set_type === "failure" || row.set_type === "drop") view.setType = row.set_type;
  if (row.band !== null) view.band = row.band;
  return view;
}

function readinessOf(row: Selectable<SessionTable>): Readiness | undefined {
  const readiness: Readiness = {};
  if (row.soreness !== null) readiness.soreness = row.soreness;
  if (row.fatigue !== null) readiness.fatigue = row.fatigue;
  if (row.sleep_hours !== null) readiness.sleepHours = row.sleep_hours;
  if (row.cleared !== null) readiness.cleared = row.cleared === 1;
  return Object.keys(readiness).length > 0 ? readiness : undefined;
}

/** An athlete's sessions matching the filter, oldest first, loads in `unit`. Three queries in all. */
export async function readSessions(
  db: Db,
  athleteId: number,
  unit: Unit,
  filter: SessionFilter = {},
): Promise<SessionView[]> {
  return (await readSessionPage(db, athleteId, unit, filter)).items;
}

/** As readSessions, with the key of the last one when `filter.limit` left some out. */
export async function readSessionPage(
  db: Db,
  athleteId: number,
  unit: Unit,
  filter: SessionFilter = {},
): Promise<Page<SessionView, SessionKey>> {
  let query = db
    .selectFrom("sessions")
    .selectAll()
    .where("athlete_id", "=", athleteId)
    .where("import_id", "is", null);
  if (filter.id !== undefined) query = query.where("id", "=", filter.id);
  if (filter.from !== undefined) query = query.where("day", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("day", "<=", filter.to);
  if (filter.latest !== undefined) {
    const latest = db
      .selectFrom("sessions")
      .select("id")
      .where("athlete_id", "=", athleteId)
      .where("import_id", "is", null)
      .$if(filter.from !== undefined, (q) => q.where("day", ">=", filter.from as string))
      .$if(filter.to !== undefined, (q) => q.where("day", "<=", filter.to as string))
      .orderBy("day", "desc")
      .orderBy("id", "desc")
      .limit(filter.latest);
    query = query.where("id", "in", latest);
  }
  const after = filter.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb("day", ">", after.day),
        eb.and([eb("day", "=", after.day), eb("date", ">", after.date)]),
        eb.and([eb("day", "=", after.day), eb("date", "=", after.date), eb("id", ">", after.id)]),
      ]),
    );
  }
  query = query.orderBy("day").orderBy("date").orderBy("id");
  if (filter.limit !== undefined) query = query.limit(filter.limit + 1);
  const page = toPage(await query.execute(), filter.limit ?? Number.POSITIVE_INFINITY, (row) => ({
    day: row.day,
    date: row.date,
    id: row.id,
  }));
  const sessions = page.items;
  const ids = sessions.map((row) => row.id);
  // Entries and sets of the page's sessions, in chunks that stay under SQLite's variable limit.
  const entries: Selectable<Database["exercise_entries"]>[] = [];
  const sets: Selectable<SetTable>[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const [someEntries, someSets] = await Promise.all([
      db
        .selectFrom("exercise_entries")
        .selectAll()
        .where("session_id", "in", chunk)
        .orderBy("position")
        .orderBy("id")
        .execute(),
      db
        .selectFrom("sets")
        .innerJoin("exercise_entries as e", "e.id", "sets.entry_id")
        .selectAll("sets")
        .where("e.session_id", "in", chunk)
        .orderBy("sets.position")
        .orderBy("sets.id")
        .execute(),
    ]);
    entries.push(...someEntries);
    sets.push(...someSets);
  }

  const setsByEntry = new Map<number, SetView[]>();
  for (const row of sets) {
    const list = setsByEntry.get(row.entry_id) ?? [];
    list.push(toSetView(row, unit));
    setsByEntry.set(row.entry_id, list);
  }
  const entriesBySession = new Map<number, EntryView[]>();
  for (const row of entries) {
    const entry: EntryView = { id: row.id, exercise: row.exercise, sets: setsByEntry.get(row.id) ?? [] };
    if (row.notes !== null) entry.notes = row.notes;
    const list = entriesBySession.get(row.session_id) ?? [];
    list.push(entry);
    entriesBySession.set(row.session_id, list);
  }
  const items = sessions.map((row) => {
    const view: SessionView = { id: row.id, date: row.date, exercises: entriesBySession.get(row.id) ?? [] };
    const readiness = readinessOf(row);
    if (readiness) view.readiness = readiness;
    if (row.notes !== null) view.notes = row.notes;
    if (row.source !== null) view.source = row.source;
    if (row.external_key !== null) view.externalKey = row.external_key;
    return view;
  });
  return page.next === undefined ? { items } : { items, next: page.next };
}

/** How many sessions the athlete has. */
export async function countSessions(db: Db, athleteId: number): Promise<number> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("athlete_id", "=", athleteId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The session's number among the athlete's sessions, oldest first, as `history` shows it. */
export async function sessionNumber(db: Db, athleteId: number, date: string, id: number): Promise<number> {
  const day = dayOf(date);
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("athlete_id", "=", athleteId)
    .where((eb) =>
      eb.or([
        eb("day", "<", day),
        eb.and([eb("day", "=", day), eb("date", "<", date)]),
        eb.and([eb("day", "=", day), eb("date", "=", date), eb("id", "<=", id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One of the athlete's sessions. */
export async function readSession(db: Db, athleteId: number, unit: Unit, id: number): Promise<SessionView> {
  const [session] = await readSessions(db, athleteId, unit, { id });
  if (!session) throw new NotFoundError("session", `no session ${id} for this athlete`);
  return session;
}

/** A stored session as a log file has it: no ids, loads in the display unit. */
export function toSession(view: SessionView): Session {
  const session: Session = {
    date: view.date,
    exercises: view.exercises.map((entry) => ({
      exercise: entry.exercise,
      sets: entry.sets.map(({ id: _id, unit: _unit, entered: _entered, ...set }) => set),
      ...(entry.notes !== undefined && { notes: entry.notes }),
    })),
  };
  if (view.readiness) session.readiness = view.readiness;
  if (view.notes !== undefined) session.notes = view.notes;
  return session;
}

/** The athlete's training log in `unit`, as the core reads it. */
export async function readLog(
  db: Db,
  athleteId: number,
  unit: Unit,
  filter: SessionFilter = {},
): Promise<TrainingLog> {
  return { sessions: (await readSessions(db, athleteId, unit, filter)).map(toSession) };
}
