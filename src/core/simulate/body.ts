// A simulated body: strength that grows with hard sets, fatigue within a session, daily noise, and
// reps to failure by Epley's curve (unloaded work by a capacity in reps). Not a physiology model:
// enough to see whether a coach's decisions, followed for months, go where a coach would want.
import type { Experience, HipThrustId } from "../types.js";
import type { Rng } from "./rng.js";

export interface Body {
  bodyweight: number;
  /** True external 1RM on a barbell hip thrust today (before daily noise). */
  e1rm: number;
  /** Weekly gain while training hard, shrinking as strength nears `ceiling`. */
  weeklyGain: number;
  ceiling: number;
}

const START_SHARE: Record<Experience, [number, number]> = {
  novice: [0.6, 1.0],
  intermediate: [1.2, 2.0],
  advanced: [1.8, 2.6],
};
const WEEKLY_GAIN: Record<Experience, number> = { novice: 0.02, intermediate: 0.007, advanced: 0.003 };

export function newBody(rng: Rng, experience: Experience, bodyweight: number): Body {
  const [lo, hi] = START_SHARE[experience];
  const e1rm = bodyweight * rng.between(lo, hi);
  return {
    bodyweight,
    e1rm,
    weeklyGain: WEEKLY_GAIN[experience] * rng.between(0.5, 1.5),
    ceiling: bodyweight * 3.2,
  };
}

/** Strength on a variation relative to the barbell (machines and Smith bars differ a little). */
const SHARE: Partial<Record<HipThrustId, number>> = {
  "barbell-hip-thrust": 1,
  "smith-machine-hip-thrust": 1.05,
  "machine-hip-thrust": 0.9,
  "dumbbell-hip-thrust": 0.95,
};
/** Reps to failure of unloaded work per unit of strength-to-bodyweight, and the band's cost. */
const UNLOADED_REPS: Partial<Record<HipThrustId, number>> = {
  "glute-bridge": 1.4,
  "bodyweight-hip-thrust": 1,
  "banded-hip-thrust": 1,
  "single-leg-hip-thrust": 0.4,
};
const BAND_COST = [0.75, 0.55, 0.4, 0.3];

/** A slow tempo (3 s down, 2 s pause) costs unloaded work about this share of its reps. */
const TEMPO_COST = 0.65;

/** Reps to failure today for a set (fractional), after `fatigue` sets already done. */
export function repsToFailure(
  body: Body,
  exercise: HipThrustId,
  load: number | null,
  bandIndex: number,
  dayFactor: number,
  fatigue: number,
  tempo = false,
): number {
  const strength = body.e1rm * dayFactor * (1 - 0.012 * fatigue);
  const share = SHARE[exercise];
  if (share !== undefined && load !== null && load > 0) {
    return Math.max(0, 30 * ((strength * share) / load - 1));
  }
  const base = 12 + 25 * (strength / body.bodyweight);
  const band = exercise === "banded-hip-thrust" ? (BAND_COST[bandIndex] ?? 0.3) : 1;
  return base * (UNLOADED_REPS[exercise] ?? 1) * band * (tempo ? TEMPO_COST : 1);
}

/** Strength after a session with `hardSets` sets at RPE 7+, at `perWeek` sessions a week. */
export function adapt(body: Body, hardSets: number, perWeek: number): void {
  if (hardSets < 2) return;
  const room = Math.max(0, 1 - (body.e1rm / body.ceiling) ** 2);
  body.e1rm *= 1 + (body.weeklyGain / Math.max(1, perWeek)) * Math.min(1, hardSets / 3) * room;
}

/** Strength lost over `days` without training (after two weeks, about 1% a week). */
export function detrain(body: Body, days: number): void {
  const weeks = Math.max(0, (days - 14) / 7);
  body.e1rm *= (1 - 0.01) ** weeks;
}
