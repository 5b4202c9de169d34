import { dayOf } from "../dates.js";
import { sortedSessions, workingSets } from "../history.js";
import { type E1rm, estimateE1rm } from "../progression/e1rm.js";
import type { ExerciseId, TrainingLog } from "../types.js";

/** A record set and the day it was first reached. */
export interface RecordSet {
  load: number;
  reps: number;
  day: string;
}

export interface PersonalRecords {
  exercise: ExerciseId;
  /** The heaviest working set (most reps on a tie); null when every set was unloaded. */
  heaviest: RecordSet | null;
  /** The most reps done at each load, lightest load first. */
  repsAtLoad: RecordSet[];
  /** The best estimated one-rep max (P8); null without a loaded set. */
  bestE1rm: (E1rm & RecordSet & { rpe?: number }) | null;
}

/**
 * Per exercise (sorted by id), the records of its working sets; warm-ups never count. A record's
 * day is the first day it was reached: a later equal set does not move it.
 */
export function personalRecords(log: TrainingLog): PersonalRecords[] {
  const byExercise = new Map<ExerciseId, PersonalRecords & { atLoad: Map<number, RecordSet> }>();
  for (const session of sortedSessions(log)) {
    const day = dayOf(session.date);
    for (const entry of session.exercises ?? []) {
      let records = byExercise.get(entry.exercise);
      for (const set of workingSets(entry.sets)) {
        if (!records) {
          records = {
            exercise: entry.exercise,
            heaviest: null,
            repsAtLoad: [],
            bestE1rm: null,
            atLoad: new Map(),
          };
          byExercise.set(entry.exercise, records);
        }
        const record = { load: set.load, reps: set.reps, day };
        const { heaviest } = records;
        const heavier =
          !heaviest || set.load > heaviest.load || (set.load === heaviest.load && set.reps > heaviest.reps);
        if (set.load > 0 && heavier) records.heaviest = record;
        if (set.reps > (records.atLoad.get(set.load)?.reps ?? 0)) records.atLoad.set(set.load, record);
        const e1rm = estimateE1rm(set.load, set.reps, set.rpe);
        if (e1rm && e1rm.value > (records.bestE1rm?.value ?? 0)) {
          records.bestE1rm = { ...e1rm, ...record, ...(set.rpe === undefined ? {} : { rpe: set.rpe }) };
        }
      }
    }
  }
  return [...byExercise.values()]
    .sort((a, b) => (a.exercise < b.exercise ? -1 : a.exercise > b.exercise ? 1 : 0))
    .map(({ atLoad, ...records }) => ({
      ...records,
      repsAtLoad: [...atLoad.values()].sort((a, b) => a.load - b.load),
    }));
}
