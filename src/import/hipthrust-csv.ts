// hipthrust's own CSV: one row per set, so a spreadsheet can read and edit it, and `toCsv` →
// `parseImport` gives back the same log.
//
//   session        1-based number of the session in the log; its rows are together
//   date           YYYY-MM-DD or an ISO 8601 date-time
//   exercise       exercise id (`other:<name>` outside the library); a name like "Hip Thrust (Barbell)" is mapped
//   set            1-based number of the set within its exercise entry; 1 starts a new entry
//   load, unit     external load (0 for bodyweight) and its unit, kg or lb
//   reps, rpe, warmup, fullLockout, controlled, pain      the set, as in the log file
//   exerciseNotes  notes of the exercise entry
//   soreness, fatigue, sleepHours, sessionNotes           the session's check-in and notes
//
// Session fields repeat on every row of the session and entry notes on every row of the entry (a
// later row may leave them blank). A session without exercises (a check-in) is one row with no
// exercise; an entry without sets is one row with no set. Blank means absent, so an empty list of
// exercises, an empty readiness object and empty notes read back as absent.

import { readinessSchema } from "../contract/log.js";
import { parseDate } from "../core/dates.js";
import { isKnownExerciseId } from "../core/knowledge/ids.js";
import type { ExerciseEntry, LoggedSet, Readiness, Session, TrainingLog, Unit } from "../core/types.js";
import { writeCsv } from "./csv.js";
import { CellError, forEachRow } from "./errors.js";
import { exerciseIdFor } from "./exercise-names.js";
import { booleanIn, checkSet, numberIn, unitIn, wholeIn } from "./fields.js";
import type { Row, Table } from "./table.js";
import { convertLoad } from "./units.js";

const HIPTHRUST_COLUMNS = [
  "session",
  "date",
  "exercise",
  "set",
  "load",
  "unit",
  "reps",
  "rpe",
  "warmup",
  "fullLockout",
  "controlled",
  "pain",
  "exerciseNotes",
  "soreness",
  "fatigue",
  "sleepHours",
  "sessionNotes",
] as const;
type Column = (typeof HIPTHRUST_COLUMNS)[number];

const SESSION_COLUMNS = ["date", "soreness", "fatigue", "sleepHours", "sessionNotes"] as const;
const SET_COLUMNS = ["load", "unit", "reps", "rpe", "warmup", "fullLockout", "controlled", "pain"] as const;

const text = (value: number | boolean | undefined) => (value === undefined ? "" : String(value));

/** The log as hipthrust CSV, loads labelled with `unit` (the unit they are in). */
export function toCsv(log: TrainingLog, unit: Unit): string {
  const rows: string[][] = [[...HIPTHRUST_COLUMNS]];
  const row = (cells: Partial<Record<Column, string>>) => HIPTHRUST_COLUMNS.map((c) => cells[c] ?? "");
  log.sessions.forEach((session, i) => {
    const sessionCells = {
      session: String(i + 1),
      date: session.date,
      soreness: text(session.readiness?.soreness),
      fatigue: text(session.readiness?.fatigue),
      sleepHours: text(session.readiness?.sleepHours),
      sessionNotes: session.notes ?? "",
    };
    const entries = session.exercises ?? [];
    if (entries.length === 0) rows.push(row(sessionCells));
    for (const entry of entries) {
      const entryCells = { ...sessionCells, exercise: entry.exercise, exerciseNotes: entry.notes ?? "" };
      if (entry.sets.length === 0) rows.push(row(entryCells));
      entry.sets.forEach((set, j) => {
        rows.push(
          row({
            ...entryCells,
            set: String(j + 1),
            load: text(set.load),
            unit,
            reps: text(set.reps),
            rpe: text(set.rpe),
            warmup: text(set.warmup),
            fullLockout: text(set.fullLockout),
            controlled: text(set.controlled),
            pain: text(set.pain),
          }),
        );
      });
    }
  });
  return writeCsv(rows);
}

export function isHipthrustCsv(table: Table): boolean {
  return ["session", "date", "exercise", "set", "load", "reps"].every((c) => table.has(c));
}

interface OpenSession {
  number: number;
  firstRow: Row;
  session: Session;
  entry: { raw: string; value: ExerciseEntry; lastSet: number | null; firstRow: Row } | null;
}

/** The object without its undefined fields: a blank cell means the field is absent. */
function present<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** A later row repeats its group's value or leaves it blank. */
function sameAsFirst(row: Row, first: Row, column: Column): void {
  const value = row.cell(column);
  if (value !== "" && value !== first.cell(column)) {
    throw new CellError(column, `"${value}" differs from "${first.cell(column)}" on line ${first.line}`);
  }
}

function sessionFrom(row: Row): Session {
  const date = row.cell("date").trim();
  if (parseDate(date) === null) {
    throw new CellError("date", `"${row.cell("date")}" is not a date (YYYY-MM-DD or an ISO 8601 date-time)`);
  }
  const readiness: Readiness = present({
    soreness: numberIn(row.cell("soreness"), "soreness"),
    fatigue: numberIn(row.cell("fatigue"), "fatigue"),
    sleepHours: numberIn(row.cell("sleepHours"), "sleepHours"),
  });
  const checked = readinessSchema.safeParse(readiness);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CellError(String(issue?.path[0] ?? "readiness"), issue?.message ?? "is not valid");
  }
  const notes = row.cell("sessionNotes");
  return {
    date,
    ...(Object.keys(readiness).length ? { readiness } : {}),
    ...(notes !== "" ? { notes } : {}),
  };
}

function setFrom(row: Row): { set: LoggedSet; unit: Unit } {
  const load = numberIn(row.cell("load"), "load");
  if (load === undefined) throw new CellError("load", "is empty (0 for bodyweight)");
  const unit = unitIn(row.cell("unit"), "unit");
  if (unit === undefined) throw new CellError("unit", "is empty (kg or lb)");
  const reps = wholeIn(row.cell("reps"), "reps");
  if (reps === undefined) throw new CellError("reps", "is empty");
  const set: LoggedSet = present({
    load,
    reps,
    rpe: numberIn(row.cell("rpe"), "rpe"),
    warmup: booleanIn(row.cell("warmup"), "warmup"),
    fullLockout: booleanIn(row.cell("fullLockout"), "fullLockout"),
    controlled: booleanIn(row.cell("controlled"), "controlled"),
    pain: numberIn(row.cell("pain"), "pain"),
  });
  return { set: checkSet(set, {}), unit };
}

export interface HipthrustCsv {
  sessions: Session[];
  unit: Unit | null;
}

/** Sessions from a hipthrust CSV; loads convert into `profileUnit` when given, else stay in the file's unit. */
export function readHipthrustCsv(table: Table, profileUnit?: Unit): HipthrustCsv {
  const sessions: Session[] = [];
  const started = new Map<number, number>();
  const loads: { set: LoggedSet; unit: Unit }[] = [];
  let open: OpenSession | null = null;

  forEachRow(table.rows, table.source, (row) => {
    const number = wholeIn(row.cell("session"), "session");
    if (number === undefined || number < 1)
      throw new CellError("session", "must be a session number, 1 or more");
    if (open?.number !== number) {
      const line = started.get(number);
      if (line !== undefined) {
        throw new CellError("session", `${number} began on line ${line}; a session's rows must be together`);
      }
      started.set(number, row.line);
      open = { number, firstRow: row, session: { date: row.cell("date") }, entry: null };
      sessions.push(open.session);
      Object.assign(open.session, sessionFrom(row));
    } else {
      for (const column of SESSION_COLUMNS) sameAsFirst(row, open.firstRow, column);
    }

    const exercise = row.cell("exercise");
    const setNumber = wholeIn(row.cell("set"), "set");
    const blankSet = SET_COLUMNS.every((c) => row.cell(c).trim() === "");
    if (exercise.trim() === "") {
      if (setNumber !== undefined || !blankSet)
        throw new CellError("exercise", "is empty but the row has a set");
      return;
    }
    if (setNumber === undefined && !blankSet) throw new CellError("set", "is empty but the row has a set");

    let entry = open.entry;
    // A set after the first continues the entry; set 1 or a row without a set starts a new one.
    const continues =
      entry?.raw === exercise && entry.lastSet !== null && setNumber !== undefined && setNumber !== 1;
    if (!entry || !continues) {
      if (setNumber !== undefined && setNumber !== 1) {
        throw new CellError("set", `${setNumber} starts an exercise entry; its first set is 1`);
      }
      const loaded = (numberIn(row.cell("load"), "load") ?? 0) > 0;
      const id = isKnownExerciseId(exercise) ? exercise : exerciseIdFor(exercise, loaded);
      const notes = row.cell("exerciseNotes");
      const value: ExerciseEntry = { exercise: id, sets: [], ...(notes !== "" ? { notes } : {}) };
      entry = { raw: exercise, value, lastSet: setNumber ?? null, firstRow: row };
      open.entry = entry;
      open.session.exercises ??= [];
      open.session.exercises.push(value);
    } else {
      if (setNumber !== (entry.lastSet ?? 0) + 1) {
        throw new CellError("set", `${setNumber} does not follow set ${entry.lastSet}`);
      }
      sameAsFirst(row, entry.firstRow, "exerciseNotes");
      entry.lastSet = setNumber;
    }
    if (setNumber === undefined) return;
    const parsed = setFrom(row);
    entry.value.sets.push(parsed.set);
    loads.push(parsed);
  });

  const unit = profileUnit ?? (loads.find((l) => l.set.load > 0) ?? loads[0])?.unit ?? null;
  for (const { set, unit: from } of loads) set.load = convertLoad(set.load, from, unit ?? from);
  return { sessions, unit };
}
