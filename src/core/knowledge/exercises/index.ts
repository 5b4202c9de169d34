import type { Exercise } from "../types.js";
import { COMPLEMENT_EXERCISES } from "./complements.js";
import { HIP_THRUST_EXERCISES } from "./hip-thrust.js";

export const EXERCISES: readonly Exercise[] = [...HIP_THRUST_EXERCISES, ...COMPLEMENT_EXERCISES];

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
