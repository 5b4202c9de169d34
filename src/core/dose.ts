import type { Goal, HipThrustId, Profile, Range, Reason, Warning } from "./types.js";

/** A goal's dose from the G table of SPEC: working sets, reps, effort, rest, hip-thrust days a week. */
export interface Dose {
  rule: "G1" | "G2" | "G3" | "G4" | "G5" | "G6";
  label: string;
  sets: Range;
  reps: Range;
  rpe: Range;
  restSeconds: Range;
  daysPerWeek: Range;
  sources: string;
  note?: string;
}

export const DOSES: Record<Goal, Dose> = {
  strength: {
    rule: "G1",
    label: "strength",
    sets: { min: 3, max: 5 },
    reps: { min: 3, max: 5 },
    rpe: { min: 8, max: 9 },
    restSeconds: { min: 120, max: 240 },
    daysPerWeek: { min: 2, max: 3 },
    sources: "001, 002",
  },
  hypertrophy: {
    rule: "G2",
    label: "hypertrophy",
    sets: { min: 3, max: 4 },
    reps: { min: 8, max: 12 },
    rpe: { min: 7, max: 9 },
    restSeconds: { min: 90, max: 180 },
    daysPerWeek: { min: 2, max: 3 },
    sources: "001, 004",
  },
  accessory: {
    rule: "G3",
    label: "accessory",
    sets: { min: 3, max: 3 },
    reps: { min: 10, max: 15 },
    rpe: { min: 7, max: 8 },
    restSeconds: { min: 60, max: 120 },
    daysPerWeek: { min: 1, max: 2 },
    sources: "002, 004",
    note: "lighter loads than the main lifts",
  },
  activation: {
    rule: "G4",
    label: "activation (warm-up)",
    sets: { min: 1, max: 2 },
    reps: { min: 10, max: 20 },
    rpe: { min: 5, max: 6 },
    restSeconds: { min: 30, max: 60 },
    daysPerWeek: { min: 1, max: 7 },
    sources: "002",
    note: "bodyweight or band only",
  },
  athletic: {
    rule: "G5",
    label: "athletic",
    sets: { min: 3, max: 5 },
    reps: { min: 3, max: 6 },
    rpe: { min: 6, max: 8 },
    restSeconds: { min: 120, max: 180 },
    daysPerWeek: { min: 1, max: 2 },
    sources: "001, 002",
    note: "explosive intent, beside jumps and sprints",
  },
  general: {
    rule: "G6",
    label: "general fitness",
    sets: { min: 2, max: 3 },
    reps: { min: 8, max: 15 },
    rpe: { min: 7, max: 8 },
    restSeconds: { min: 60, max: 120 },
    daysPerWeek: { min: 1, max: 2 },
    sources: "001, 004",
  },
};

/** G4 warm-up sets placed before working sets on any day. */
export const WARM_UP = DOSES.activation;

/** The rest to prescribe: the middle of the goal's range, to the nearest 30 s. */
export function restSeconds(dose: Dose): number {
  return Math.round((dose.restSeconds.min + dose.restSeconds.max) / 2 / 30) * 30;
}

/**
 * The dose for who the person is, on a given variation: the goal's G row (above), adjusted by
 * - D4 rehab or clinical care (otherTraining or constraint `rehab`): 2–3 × 10–15 at RPE 6–7,
 *   bodyweight or band only, every set stopped above pain 3/10; never a strength block;
 * - P10 novices with a strength goal: their first weeks (until `NOVICE_STRENGTH_WEEKS` have passed
 *   and the form gates hold under load) at 3 × 6–10, RPE 7–8, before G1's sets of 3–5 (P1, V2);
 * - P10 unloaded and banded work (glute bridge, bodyweight, banded, single-leg): reps to a few in
 *   reserve, 12–20 for bilateral work and 8–15 single-leg, RPE 7–8.
 * `plan` (with `weeksTrained` = the plan week − 1) and `next` (with its own history) both call this.
 */
export interface PersonDose extends Dose {
  /** Why this differs from the goal's G row (cites P10 or D4); empty when it does not. */
  reasons: Reason[];
  /** D4: stop a set when pain rises above this (0–10); undefined when the general F6 rules apply. */
  painStop?: number;
  /** D4: the caution repeated with every prescription. */
  caution?: Warning;
  /** Which adjustment applied. */
  kind: "goal" | "rehab" | "novice-strength" | "unloaded";
}

export interface DoseOptions {
  /** The variation the sets are done on; unloaded rungs are dosed in reps (P10). */
  exercise?: HipThrustId;
  /** Whole weeks since the person's first hip-thrust session (plan: week − 1). */
  weeksTrained?: number;
  /** Whether the form gates held under load in the recent sessions (next knows; plan does not). */
  gatesHeldUnderLoad?: boolean;
}

/** P10: a novice's strength work stays in 6–10 reps for about this many weeks. */
export const NOVICE_STRENGTH_WEEKS = 6;
/** D4: a rehab set stops when pain rises above 3/10. */
export const REHAB_PAIN_STOP = 3;

const UNLOADED_IDS: readonly HipThrustId[] = [
  "glute-bridge",
  "bodyweight-hip-thrust",
  "banded-hip-thrust",
  "single-leg-hip-thrust",
  "banded-glute-bridge",
];

/** Work whose resistance is the body or a band: dosed in reps (P10). */
export function isDosedInReps(exercise: HipThrustId): boolean {
  return UNLOADED_IDS.includes(exercise);
}

export function isRehab(profile: Profile): boolean {
  return (
    (profile.otherTraining?.includes("rehab") ?? false) || (profile.constraints?.includes("rehab") ?? false)
  );
}

export const D4_CAUTION: Warning = {
  code: "clinical-care",
  message: `Rehab or pain: this is light work beside your clinical care, not a replacement for it. Log pain on every set and stop the set if it rises above ${REHAB_PAIN_STOP}/10.`,
};

export function doseFor(profile: Profile, options: DoseOptions = {}): PersonDose {
  const goal = DOSES[profile.goal];
  const unloaded = options.exercise !== undefined && isDosedInReps(options.exercise);
  if (isRehab(profile) && profile.goal !== "activation") {
    return {
      ...goal,
      label: "rehab-friendly",
      sets: { min: 2, max: 3 },
      reps: { min: 10, max: 15 },
      rpe: { min: 6, max: 7 },
      restSeconds: { min: 60, max: 120 },
      daysPerWeek: { min: 1, max: Math.min(goal.daysPerWeek.max, 3) },
      kind: "rehab",
      painStop: REHAB_PAIN_STOP,
      caution: D4_CAUTION,
      reasons: [
        {
          rule: "D4",
          message: `Rehab or clinical care: 2–3 easy sets of 10–15 with bodyweight or a band at RPE 6–7, pain logged every set (stop above ${REHAB_PAIN_STOP}/10); never a strength block (004, 001).`,
        },
      ],
    };
  }
  if (profile.goal === "activation") return { ...goal, kind: "goal", reasons: [] };
  if (unloaded) {
    const single = options.exercise === "single-leg-hip-thrust";
    const reps = single ? { min: 8, max: 15 } : { min: 12, max: 20 };
    return {
      ...goal,
      sets: { min: goal.sets.min, max: Math.max(goal.sets.min, Math.min(goal.sets.max, 4)) },
      reps,
      rpe: { min: 7, max: 8 },
      kind: "unloaded",
      reasons: [
        {
          rule: "P10",
          message: `${single ? "Single-leg" : "Bodyweight or banded"} work is dosed in reps to two or three in reserve: ${reps.min}–${reps.max} reps at RPE 7–8 (heuristic).`,
        },
      ],
    };
  }
  const novicePhase =
    profile.goal === "strength" &&
    profile.experience === "novice" &&
    ((options.weeksTrained ?? 0) < NOVICE_STRENGTH_WEEKS || options.gatesHeldUnderLoad === false);
  if (novicePhase) {
    return {
      ...goal,
      sets: { min: 3, max: 3 },
      reps: { min: 6, max: 10 },
      rpe: { min: 7, max: 8 },
      kind: "novice-strength",
      reasons: [
        {
          rule: "P10",
          message: `New to the lift: about ${NOVICE_STRENGTH_WEEKS} weeks of 3 × 6–10 at RPE 7–8, adding load quickly, before sets of 3–5 at RPE 8–9 once the form gates hold under load (P1, V2; heuristic).`,
        },
      ],
    };
  }
  return { ...goal, kind: "goal", reasons: [] };
}
