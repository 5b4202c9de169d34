import { DEFAULT_BAR } from "./progression/plates.js";
import type { Profile, Unit } from "./types.js";

/** Equipment ids a profile may list. Unknown ids are reported as a caution, not rejected. */
export const EQUIPMENT_IDS = [
  "barbell",
  "plates",
  "bench",
  "dumbbells",
  "bands",
  "smith-machine",
  "hip-thrust-machine",
  "leg-press-machine",
  "leg-curl-machine",
  "back-extension-bench",
  "abduction-machine",
] as const;

export function hasAll(owned: readonly string[], needed: readonly string[]): boolean {
  return needed.every((item) => owned.includes(item));
}

/** What a logged set says about the equipment: its load in `unit`, and the band when banded. */
interface LoggedLoad {
  load: number;
  warmup?: boolean | undefined;
  band?: string | undefined;
}

/** A logged value that the person's own equipment cannot have made, with where it is. */
export interface LoadProblem {
  path: (string | number)[];
  problem: string;
}

const BAR_LOADED = ["barbell-hip-thrust", "barbell-glute-bridge"];
const DUMBBELL_LOADED = ["dumbbell-hip-thrust", "dumbbell-glute-bridge"];
const KG_PER_LB = 0.45359237;

/**
 * V3: loads the person's equipment cannot make. A bar-loaded set below the bar (bar included is
 * the rule of the log), a Smith set below a stated `smithBarWeight`, a dumbbell above `dumbbellMax`,
 * a machine set above `machineMax`, a band not among `bands`. A bodyweight warm-up (load 0) logged
 * under a loaded lift is allowed. `unit` is the unit the loads were entered in.
 */
export function loggedLoadProblems(
  profile: Profile,
  entries: readonly { exercise: string; sets: readonly LoggedLoad[] }[],
  unit: Unit = profile.unit,
): LoadProblem[] {
  // Limits are in the profile's unit; compare in the unit the person typed, a hair of rounding allowed.
  const scale = unit === profile.unit ? 1 : unit === "kg" ? KG_PER_LB : 1 / KG_PER_LB;
  const show = (x: number) => `${Math.round(x * scale * 100) / 100} ${unit}`;
  const out: LoadProblem[] = [];
  entries.forEach(({ exercise, sets }, e) => {
    sets.forEach((set, s) => {
      const path = ["exercises", e, "sets", s];
      const problem = setProblem(profile, exercise, set, scale, show);
      if (problem) out.push({ path: [...path, problem.field], problem: problem.text });
    });
  });
  return out;
}

function setProblem(
  profile: Profile,
  exercise: string,
  set: LoggedLoad,
  scale: number,
  show: (x: number) => string,
): { field: string; text: string } | null {
  const load = set.load / scale;
  const below = (limit: number) => load < limit - 0.01 && !(set.warmup && set.load === 0);
  if (BAR_LOADED.includes(exercise)) {
    const bar = profile.barWeight ?? DEFAULT_BAR[profile.unit];
    const named =
      profile.barWeight === undefined
        ? `${show(bar)}, assumed because barWeight is not set`
        : `barWeight ${show(bar)}`;
    if (below(bar))
      return {
        field: "load",
        text: `${show(load)} is below the bar's own weight (${named}); log the total, bar included`,
      };
  }
  if (
    exercise === "smith-machine-hip-thrust" &&
    profile.smithBarWeight !== undefined &&
    below(profile.smithBarWeight)
  ) {
    return {
      field: "load",
      text: `${show(load)} is below the Smith bar's own weight (smithBarWeight ${show(profile.smithBarWeight)}); log the total, bar included`,
    };
  }
  if (
    DUMBBELL_LOADED.includes(exercise) &&
    profile.dumbbellMax !== undefined &&
    load > profile.dumbbellMax + 0.01
  ) {
    return {
      field: "load",
      text: `${show(load)} is above your heaviest dumbbell (dumbbellMax ${show(profile.dumbbellMax)}); fix the load or raise dumbbellMax in the profile`,
    };
  }
  if (
    exercise === "machine-hip-thrust" &&
    profile.machineMax !== undefined &&
    load > profile.machineMax + 0.01
  ) {
    return {
      field: "load",
      text: `${show(load)} is above the machine's stack (machineMax ${show(profile.machineMax)}); fix the load or raise machineMax in the profile`,
    };
  }
  if (set.band !== undefined && profile.bands?.length && !profile.bands.includes(set.band)) {
    return {
      field: "band",
      text: `"${set.band}" is not one of your bands (bands: ${profile.bands.join(", ")})`,
    };
  }
  return null;
}
