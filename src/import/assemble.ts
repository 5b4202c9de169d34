// Turns the set rows of a workout-app export (Strong, Hevy) into hipthrust sessions: rows are
// grouped into workouts by start time and name, consecutive rows of one exercise form an entry,
// names map to library ids, loads convert to the target unit, and skipped rows become warnings.

import type { ExerciseEntry, LoggedSet, Unit } from "../core/types.js";
import { CellError } from "./errors.js";
import { exerciseIdFor } from "./exercise-names.js";
import type { ImportedSession } from "./types.js";
import { convertLoad } from "./units.js";

interface RowBase {
  line: number;
  /** Workout start, `YYYY-MM-DDTHH:MM:SS`. */
  start: string;
  workout: string;
  workoutNotes: string;
  exercise: string;
  exerciseNotes: string;
}

/** A set row; `set.load` is in `unit`. */
export type AppRow = RowBase &
  ({ kind: "set"; set: LoggedSet; unit: Unit } | { kind: "skip"; reason: string });

/** What one row holds, before it becomes a set. */
export interface RowNumbers {
  reps: number | undefined;
  load: number | undefined;
  seconds: number | undefined;
  distance: number | undefined;
}

/**
 * Whether a row is a set. Rows without reps are timed or distance work (hipthrust logs sets by
 * reps), or the empty placeholder rows some exports contain; a load without reps is an error.
 */
export function classify(
  n: RowNumbers,
  repsColumn: string,
): "set" | "timed" | "empty" | "assisted" | "planned" {
  // Strong and Hevy write assistance (assisted pull-ups, dips) as a negative weight.
  if ((n.load ?? 0) < 0) return "assisted";
  if (n.reps !== undefined && n.reps > 0) return "set";
  if ((n.seconds ?? 0) > 0 || (n.distance ?? 0) > 0) return "timed";
  // Strong writes a set planned in the workout but never done as a row without reps or load.
  if (n.reps === undefined && (n.load ?? 0) === 0) return "planned";
  if (n.reps === undefined) throw new CellError(repsColumn, "is empty");
  return (n.load ?? 0) > 0 ? "set" : "empty";
}

export const SKIP_REASONS = {
  timed: "timed or distance sets without reps skipped (hipthrust logs sets by reps)",
  empty: "empty rows (no reps, load, time or distance) skipped",
  assisted: "assisted sets (a negative weight) skipped: hipthrust logs added load only",
  planned: "blank rows (sets planned but not done) skipped",
} as const;

const MAX_LINES = 8;

function linesText(lines: number[]): string {
  const shown = lines.slice(0, MAX_LINES).join(", ");
  const more = lines.length > MAX_LINES ? ` … (${lines.length} rows)` : "";
  return `${lines.length === 1 ? "line" : "lines"} ${shown}${more}`;
}

interface Workout {
  start: string;
  workout: string;
  notes: string;
  /** Entries in file order; `name` is the exercise as the file writes it. */
  entries: { name: string; notes: string[]; sets: LoggedSet[] }[];
}

export interface Assembled {
  sessions: ImportedSession[];
  warnings: string[];
  unit: Unit | null;
  planned: number;
  otherNames: string[];
}

/** Sessions from rows that were each checked already; `profileUnit`, if given, is the unit loads end in. */
export function assemble(
  rows: readonly AppRow[],
  source: string,
  fileName: string,
  profileUnit?: Unit,
): Assembled {
  // The file's unit is the one its loaded sets are in; a bodyweight row's unit says nothing.
  const sets = rows.filter((r) => r.kind === "set");
  const unit = profileUnit ?? (sets.find((r) => r.set.load > 0) ?? sets[0])?.unit ?? null;
  const workouts = new Map<string, Workout>();
  const skipped = new Map<string, number[]>();

  for (const row of rows) {
    const key = `${row.start}\u0000${row.workout}`;
    let workout = workouts.get(key);
    if (!workout) {
      workout = { start: row.start, workout: row.workout, notes: row.workoutNotes, entries: [] };
      workouts.set(key, workout);
    }
    if (!workout.notes) workout.notes = row.workoutNotes;
    if (row.kind === "skip") {
      // Planned sets are only counted: the summary says how many.
      if (row.reason === SKIP_REASONS.planned) continue;
      const what = `${row.exercise}: ${row.reason}`;
      const lines = skipped.get(what) ?? [];
      lines.push(row.line);
      skipped.set(what, lines);
      continue;
    }
    let entry = workout.entries.at(-1);
    if (!entry || entry.name !== row.exercise) {
      entry = { name: row.exercise, notes: [], sets: [] };
      workout.entries.push(entry);
    }
    if (row.exerciseNotes && !entry.notes.includes(row.exerciseNotes)) entry.notes.push(row.exerciseNotes);
    entry.sets.push({ ...row.set, load: convertLoad(row.set.load, row.unit, unit ?? row.unit) });
  }

  const others = new Set<string>();
  const sessions: ImportedSession[] = [];
  for (const w of workouts.values()) {
    const exercises = w.entries.map((e): ExerciseEntry => {
      const exercise = exerciseIdFor(
        e.name,
        e.sets.some((s) => s.load > 0),
      );
      if (exercise.startsWith("other:")) others.add(e.name.trim());
      return { exercise, sets: e.sets, ...(e.notes.length ? { notes: e.notes.join("\n") } : {}) };
    });
    // A workout of nothing but skipped rows (a run, a plank) has nothing to log.
    if (exercises.length === 0) continue;
    sessions.push({
      date: w.start,
      exercises,
      ...(w.notes ? { notes: w.notes } : {}),
      source,
      externalKey: `${source}:${w.start}:${w.workout}`,
    });
  }

  const warnings = [...skipped].map(([what, lines]) => `${fileName}: ${linesText(lines)}: ${what}`);
  const planned = rows.filter((r) => r.kind === "skip" && r.reason === SKIP_REASONS.planned).length;
  return { sessions, warnings, unit, planned, otherNames: [...others].sort() };
}
