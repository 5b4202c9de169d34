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

/** A problem with one profile field: its path (e.g. `["bands", 2]`) and what is wrong. */
export interface FieldProblem {
  path: (string | number)[];
  problem: string;
}

/**
 * Equipment detail that contradicts itself: a machine's top below its step, a band or sport day
 * listed twice. Each is an error naming the field, so a typo is fixed rather than guessed around.
 */
export function equipmentDetailProblems(profile: Partial<Profile>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const { machineStep, machineMax } = profile;
  if (machineStep !== undefined && machineMax !== undefined && machineMax < machineStep) {
    out.push({
      path: ["machineMax"],
      problem: `${machineMax} is below machineStep (${machineStep}): the stack's top must be at least one step`,
    });
  }
  const seen = new Map<string, number>();
  profile.bands?.forEach((band, i) => {
    const key = band.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        path: ["bands", i],
        problem: `"${band}" repeats bands[${first}]; list each band once, lightest first`,
      });
    } else seen.set(key, i);
  });
  profile.sportDays?.forEach((day, i) => {
    const first = profile.sportDays?.indexOf(day) ?? i;
    if (first !== i) {
      out.push({
        path: ["sportDays", i],
        problem: `day ${day} repeats sportDays[${first}]; list each weekday once`,
      });
    }
  });
  return out;
}

/** Equipment detail for equipment the profile does not list: kept, but it changes nothing, so say so. */
export function unusedDetailCautions(profile: Profile): Warning[] {
  const details: [keyof Profile, string][] = [
    ["dumbbellMax", "dumbbells"],
    ["bands", "bands"],
    ["smithBarWeight", "smith-machine"],
    ["machineStep", "hip-thrust-machine"],
    ["machineMax", "hip-thrust-machine"],
  ];
  return details
    .filter(([field, item]) => profile[field] !== undefined && !profile.equipment.includes(item))
    .map(([field, item]) => ({
      code: "unused-detail",
      message: `${field} is set but equipment does not list "${item}"; add it to equipment or ${field} is ignored.`,
    }));
}

export function trains(profile: Profile, ...kinds: string[]): boolean {
  return kinds.some((kind) => profile.otherTraining?.includes(kind));
}

export function hasConstraint(profile: Profile, constraint: string): boolean {
  return profile.constraints?.includes(constraint) ?? false;
}
