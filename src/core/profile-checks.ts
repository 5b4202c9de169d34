import { EQUIPMENT_IDS } from "./equipment.js";
import type { Profile, Warning } from "./types.js";

export const KNOWN_CONSTRAINTS = ["lower-back-sensitive", "no-bench", "knee-discomfort"];
export const KNOWN_TRAINING = ["squat", "deadlift", "sprint", "team-sport", "powerlifting", "rehab"];

/** Profile values the rules do not know: reported, so a typo is not silently ignored. */
export function unknownValueCautions(profile: Profile): Warning[] {
  const out: Warning[] = [];
  const check = (field: string, values: readonly string[] | undefined, known: readonly string[]) => {
    for (const value of values ?? []) {
      if (!known.includes(value)) {
        out.push({
          code: "unknown-value",
          message: `${field} "${value}" is not one the rules know (${known.join(", ")}); it was ignored.`,
        });
      }
    }
  };
  check("equipment", profile.equipment, EQUIPMENT_IDS);
  check("constraints", profile.constraints, KNOWN_CONSTRAINTS);
  check("otherTraining", profile.otherTraining, KNOWN_TRAINING);
  return out;
}

export function trains(profile: Profile, ...kinds: string[]): boolean {
  return kinds.some((kind) => profile.otherTraining?.includes(kind));
}

export function hasConstraint(profile: Profile, constraint: string): boolean {
  return profile.constraints?.includes(constraint) ?? false;
}
