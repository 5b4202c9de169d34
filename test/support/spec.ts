// The numbers of SPEC.md and CONTRACT.md typed in by hand, so the engine tests check the code
// against the rulebook and not against the code's own tables.
import type { Goal, HipThrustId, Profile } from "../../src/core/types.js";

export interface Band {
  min: number;
  max: number;
}

export interface GoalRow {
  rule: "G1" | "G2" | "G3" | "G4" | "G5" | "G6";
  sets: Band;
  reps: Band;
  rpe: Band;
  /** Rest between sets in seconds. */
  rest: Band;
  days: Band;
}

/** SPEC's G table. G4 rest is "short" (we read it as 1 min or less); G4 days are "any day". */
export const G: Record<Goal, GoalRow> = {
  strength: {
    rule: "G1",
    sets: { min: 3, max: 5 },
    reps: { min: 3, max: 5 },
    rpe: { min: 8, max: 9 },
    rest: { min: 120, max: 240 },
    days: { min: 2, max: 3 },
  },
  hypertrophy: {
    rule: "G2",
    sets: { min: 3, max: 4 },
    reps: { min: 8, max: 12 },
    rpe: { min: 7, max: 9 },
    rest: { min: 90, max: 180 },
    days: { min: 2, max: 3 },
  },
  accessory: {
    rule: "G3",
    sets: { min: 3, max: 3 },
    reps: { min: 10, max: 15 },
    rpe: { min: 7, max: 8 },
    rest: { min: 60, max: 120 },
    days: { min: 1, max: 2 },
  },
  activation: {
    rule: "G4",
    sets: { min: 1, max: 2 },
    reps: { min: 10, max: 20 },
    rpe: { min: 0, max: 6 },
    rest: { min: 0, max: 60 },
    days: { min: 1, max: 7 },
  },
  athletic: {
    rule: "G5",
    sets: { min: 3, max: 5 },
    reps: { min: 3, max: 6 },
    rpe: { min: 6, max: 8 },
    rest: { min: 120, max: 180 },
    days: { min: 1, max: 2 },
  },
  general: {
    rule: "G6",
    sets: { min: 2, max: 3 },
    reps: { min: 8, max: 15 },
    rpe: { min: 7, max: 8 },
    rest: { min: 60, max: 120 },
    days: { min: 1, max: 2 },
  },
};

export const GOALS = Object.keys(G) as Goal[];

/** SPEC: the envelope for working sets (004): 2–5 sets of 6–15 reps at RPE 7–9. */
export const ENVELOPE = { sets: { min: 2, max: 5 }, reps: { min: 6, max: 15 }, rpe: { min: 7, max: 9 } };

/** The G4 warm-up (activation) limits. */
export const ACTIVATION = G.activation;

export const HIP_THRUSTS: readonly HipThrustId[] = [
  "glute-bridge",
  "bodyweight-hip-thrust",
  "banded-hip-thrust",
  "dumbbell-hip-thrust",
  "barbell-hip-thrust",
  "smith-machine-hip-thrust",
  "machine-hip-thrust",
  "single-leg-hip-thrust",
  "barbell-glute-bridge",
  "dumbbell-glute-bridge",
  "banded-glute-bridge",
];

/**
 * What each variation needs (V1, V3; CONTRACT's profile equipment ids). A glute bridge is done on
 * the floor; every hip thrust leans on a bench except the machine, which has its own pad; a Smith
 * machine is loaded with plates.
 */
export const NEEDS: Record<HipThrustId, readonly string[]> = {
  "glute-bridge": [],
  "bodyweight-hip-thrust": ["bench"],
  "single-leg-hip-thrust": ["bench"],
  "banded-hip-thrust": ["bench", "bands"],
  "dumbbell-hip-thrust": ["bench", "dumbbells"],
  "barbell-hip-thrust": ["bench", "barbell", "plates"],
  "smith-machine-hip-thrust": ["bench", "smith-machine", "plates"],
  "machine-hip-thrust": ["hip-thrust-machine"],
  "barbell-glute-bridge": ["barbell", "plates"],
  "dumbbell-glute-bridge": ["dumbbells"],
  "banded-glute-bridge": ["bands"],
};

/** P7's ladder, as rungs: 0 glute bridge, 1 bodyweight, 2 dumbbell/banded (and single-leg), 3 barbell/Smith/machine. */
export const RUNG: Record<HipThrustId, number> = {
  "glute-bridge": 0,
  "bodyweight-hip-thrust": 1,
  "single-leg-hip-thrust": 2,
  "banded-hip-thrust": 2,
  "dumbbell-hip-thrust": 2,
  "barbell-hip-thrust": 3,
  "smith-machine-hip-thrust": 3,
  "machine-hip-thrust": 3,
  "dumbbell-glute-bridge": 2,
  "banded-glute-bridge": 2,
  "barbell-glute-bridge": 3,
};

/** Variations with no external load: CONTRACT's `load` is null for them. */
export const UNLOADED: readonly HipThrustId[] = [
  "glute-bridge",
  "bodyweight-hip-thrust",
  "single-leg-hip-thrust",
];
/** Variations loaded with a bar and plate pairs. */
export const PLATE_LOADED: readonly HipThrustId[] = [
  "barbell-hip-thrust",
  "smith-machine-hip-thrust",
  "barbell-glute-bridge",
];
/** Variations loaded with one dumbbell, in steps of 2.5 kg or 5 lb. */
export const DUMBBELL_LOADED: readonly HipThrustId[] = ["dumbbell-hip-thrust", "dumbbell-glute-bridge"];

export function isHipThrust(id: string): id is HipThrustId {
  return (HIP_THRUSTS as readonly string[]).includes(id);
}

/** The equipment a person can use: `no-bench` takes the bench away (V1). */
export function usable(equipment: readonly string[], constraints: readonly string[] = []): string[] {
  return constraints.includes("no-bench") ? equipment.filter((e) => e !== "bench") : [...equipment];
}

/**
 * V1 and V3: without a usable bench only the glute-bridge family (loaded as the equipment allows)
 * and the machine, which needs no bench; otherwise what the equipment allows.
 */
export function fits(
  id: HipThrustId,
  equipment: readonly string[],
  constraints: readonly string[] = [],
): boolean {
  const owned = usable(equipment, constraints);
  return NEEDS[id].every((item) => owned.includes(item));
}

/**
 * Whether `total` can be loaded on a bar of `bar` with pairs of the listed plates (any number of
 * each). Worked in thousandths so 1.25 kg plates add up exactly.
 */
export function makeable(total: number, bar: number, plates: readonly number[]): boolean {
  const perSide = Math.round((total - bar) * 1000);
  if (perSide < 0 || perSide % 2 !== 0) return false;
  const target = perSide / 2;
  const sizes = plates.map((p) => Math.round(p * 1000)).filter((p) => p > 0);
  const reach = new Uint8Array(target + 1);
  reach[0] = 1;
  for (let s = 1; s <= target; s++) {
    for (const p of sizes) {
      if (p <= s && reach[s - p] === 1) {
        reach[s] = 1;
        break;
      }
    }
  }
  return reach[target] === 1;
}

/** Rule ids of the rulebook, the only ones a reason may cite. */
export const RULE_IDS = [
  ...["G1", "G2", "G3", "G4", "G5", "G6"],
  ...["F1", "F2", "F3", "F4", "F5", "F6", "F7"],
  ...["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"],
  ...["V1", "V2", "V3", "V4"],
  "T",
  ...["D1", "D2", "D3", "D4", "D5"],
  "E",
];

/** Calendar days as numbers (UTC), independent of the code under test. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** P10: work whose resistance is the body or a band, dosed in reps to a few in reserve. */
export const IN_REPS: readonly HipThrustId[] = [
  "glute-bridge",
  "bodyweight-hip-thrust",
  "banded-hip-thrust",
  "banded-glute-bridge",
  "single-leg-hip-thrust",
];

export function inRehab(profile: Profile): boolean {
  return (profile.otherTraining ?? []).includes("rehab") || (profile.constraints ?? []).includes("rehab");
}

/**
 * The dose a working item of plan week `week` should carry, from SPEC: D4 (rehab: 2–3 × 10–15 at
 * RPE 6–7), P10 (in reps: 12–20 bilateral, 8–15 single-leg, RPE 7–8; a novice's first six strength
 * weeks: 3 × 6–10 at RPE 7–8), else the goal's G row.
 */
export function expectedDose(
  profile: Profile,
  exercise: HipThrustId,
  week: number,
): Omit<GoalRow, "rule" | "days"> {
  const row = G[profile.goal];
  if (inRehab(profile)) {
    return {
      sets: { min: 2, max: 3 },
      reps: { min: 10, max: 15 },
      rpe: { min: 6, max: 7 },
      rest: { min: 60, max: 120 },
    };
  }
  if (IN_REPS.includes(exercise)) {
    const reps = exercise === "single-leg-hip-thrust" ? { min: 8, max: 15 } : { min: 12, max: 20 };
    return {
      ...row,
      sets: { min: row.sets.min, max: Math.max(row.sets.min, Math.min(row.sets.max, 4)) },
      reps,
      rpe: { min: 7, max: 8 },
    };
  }
  if (profile.goal === "strength" && profile.experience === "novice" && week <= 6) {
    return { ...row, sets: { min: 3, max: 3 }, reps: { min: 6, max: 10 }, rpe: { min: 7, max: 8 } };
  }
  return row;
}
