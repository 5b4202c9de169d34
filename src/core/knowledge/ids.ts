import { HIP_THRUST_IDS, type HipThrustId } from "../types.js";

/** Exercises that fill the D5 patterns beside the hip thrust. */
export const COMPLEMENT_IDS = [
  "back-squat",
  "goblet-squat",
  "leg-press",
  "split-squat",
  "walking-lunge",
  "step-up",
  "romanian-deadlift",
  "single-leg-romanian-deadlift",
  "leg-curl",
  "back-extension",
  "hip-abduction-machine",
  "banded-abduction",
  "side-lying-hip-abduction",
] as const;
export type ComplementId = (typeof COMPLEMENT_IDS)[number];

export const EXERCISE_IDS: readonly string[] = [...HIP_THRUST_IDS, ...COMPLEMENT_IDS];

/** Exercises kept from an import that are not in the library carry this prefix. */
export const OTHER_PREFIX = "other:";

export function isHipThrustId(id: string): id is HipThrustId {
  return (HIP_THRUST_IDS as readonly string[]).includes(id);
}

export function isKnownExerciseId(id: string): boolean {
  return EXERCISE_IDS.includes(id) || (id.startsWith(OTHER_PREFIX) && id.length > OTHER_PREFIX.length);
}
