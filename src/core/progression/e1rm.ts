// P8: estimated one-rep max from a set's load, reps and (when known) RPE.

export type E1rmMethod = "epley" | "rpe-table";

export interface E1rm {
  value: number;
  method: E1rmMethod;
}

/**
 * Percent of 1RM for a set taken to failure (RPE 10), by reps. This is the widely used
 * RPE chart; RPE r at n reps reads as RPE 10 at n + (10 − r) reps, i.e. reps in reserve.
 */
const PCT_AT_RPE10 = [1, 0.955, 0.922, 0.892, 0.863, 0.837, 0.811, 0.786, 0.762, 0.739, 0.707, 0.68];

export function epley(load: number, reps: number): number {
  return reps <= 1 ? load : load * (1 + reps / 30);
}

/** Fraction of 1RM for reps at an RPE, or null outside the chart (RPE below 6, or over 12 reps to failure). */
export function rpeTablePercent(reps: number, rpe: number): number | null {
  if (reps < 1 || rpe < 6 || rpe > 10) return null;
  const toFailure = reps + (10 - rpe);
  if (toFailure > PCT_AT_RPE10.length) return null;
  const lower = Math.floor(toFailure);
  const frac = toFailure - lower;
  const a = PCT_AT_RPE10[lower - 1] as number;
  const b = PCT_AT_RPE10[Math.min(lower, PCT_AT_RPE10.length - 1)] as number;
  return a + (b - a) * frac;
}

/** The RPE table when the set has an RPE the chart covers, else Epley; null for unloaded sets. */
export function estimateE1rm(load: number, reps: number, rpe?: number): E1rm | null {
  if (load <= 0 || reps < 1) return null;
  const pct = rpe === undefined ? null : rpeTablePercent(reps, rpe);
  if (pct !== null) return { value: load / pct, method: "rpe-table" };
  return { value: epley(load, reps), method: "epley" };
}

/** Fraction of 1RM that `reps` at `rpe` take: the RPE table inside it, Epley on reps to failure beyond. */
export function percentOf1rm(reps: number, rpe: number): number {
  const table = rpeTablePercent(reps, rpe);
  if (table !== null) return table;
  return 1 / (1 + (reps + Math.max(0, 10 - rpe)) / 30);
}

/**
 * One session's e1RM by one method for all its sets (P8; a smooth trend): the RPE table when every
 * set has an RPE, else Epley on reps alone; the session's best set decides.
 */
export function sessionE1rm(sets: readonly { load: number; reps: number; rpe?: number }[]): E1rm | null {
  const loaded = sets.filter((s) => s.load > 0 && s.reps >= 1);
  if (loaded.length === 0) return null;
  const withRpe = loaded.every((s) => s.rpe !== undefined);
  let best = 0;
  for (const s of loaded) {
    const value = withRpe ? s.load / percentOf1rm(s.reps, s.rpe as number) : epley(s.load, s.reps);
    best = Math.max(best, value);
  }
  return { value: best, method: withRpe ? "rpe-table" : "epley" };
}

/** P8/P9: the load for `reps` at `rpe` from an e1RM (before rounding to the equipment). */
export function loadFor(e1rm: number, reps: number, rpe: number): number {
  return e1rm * percentOf1rm(reps, rpe);
}
