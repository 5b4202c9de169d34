import { dayOf } from "../dates.js";
import { sortedSessions, workingSets } from "../history.js";
import { isHipThrustId } from "../knowledge/ids.js";
import { type E1rmMethod, estimateE1rm } from "../progression/e1rm.js";
import type { ExerciseId, TrainingLog } from "../types.js";

/** A session's best estimated one-rep max for one exercise, and the set it came from (P8). */
export interface E1rmPoint {
  /** The session's date as logged; `day` is its calendar day. */
  date: string;
  day: string;
  exercise: ExerciseId;
  value: number;
  method: E1rmMethod;
  load: number;
  reps: number;
  rpe?: number;
}

/**
 * Per session, oldest first, the best e1RM of each hip-thrust exercise (or only of `exercise`)
 * over its working sets. Unloaded sessions have no e1RM and give no point. Values are unrounded.
 */
export function e1rmSeries(log: TrainingLog, exercise?: ExerciseId): E1rmPoint[] {
  const wanted = exercise === undefined ? isHipThrustId : (id: string) => id === exercise;
  const points: E1rmPoint[] = [];
  for (const session of sortedSessions(log)) {
    const best = new Map<ExerciseId, E1rmPoint>();
    for (const entry of session.exercises ?? []) {
      if (!wanted(entry.exercise)) continue;
      for (const set of workingSets(entry.sets)) {
        const e1rm = estimateE1rm(set.load, set.reps, set.rpe);
        if (!e1rm || e1rm.value <= (best.get(entry.exercise)?.value ?? 0)) continue;
        best.set(entry.exercise, {
          date: session.date,
          day: dayOf(session.date),
          exercise: entry.exercise,
          ...e1rm,
          load: set.load,
          reps: set.reps,
          ...(set.rpe === undefined ? {} : { rpe: set.rpe }),
        });
      }
    }
    points.push(...best.values());
  }
  return points;
}
