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
