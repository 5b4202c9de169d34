import type { Goal, Range } from "./types.js";

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
