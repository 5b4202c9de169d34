// The day's warm-up: one G4 activation set, then ramp-up sets before heavy loads (about 40/60/80% for 5/3/1).
import { WARM_UP } from "../dose.js";
import { isNumericLoad, type LoadScheme, roundDown } from "../progression/loads.js";
import type { HipThrustId, Profile } from "../types.js";
import { hasBench } from "../variation.js";

export interface WarmUpSet {
  exercise: HipThrustId;
  sets: number;
  reps: number;
  /** null: bodyweight or a light band. */
  load: number | null;
  note: string;
}

const RAMP = [
  { share: 0.4, reps: 5 },
  { share: 0.6, reps: 3 },
  { share: 0.8, reps: 1 },
];

export function warmUpFor(
  profile: Profile,
  exercise: HipThrustId,
  load: number | null,
  scheme: LoadScheme,
): WarmUpSet[] {
  const activation: HipThrustId =
    !hasBench(profile) || exercise === "machine-hip-thrust"
      ? "glute-bridge"
      : profile.equipment.includes("bands")
        ? "banded-hip-thrust"
        : "bodyweight-hip-thrust";
  const out: WarmUpSet[] = [
    {
      exercise: activation,
      sets: 1,
      reps: WARM_UP.reps.min + 5,
      load: null,
      note: `activation (G4): easy, RPE ${WARM_UP.rpe.max} or less`,
    },
  ];
  // Ramp-up sets before a bar or a machine stack; a dumbbell is light enough to start on.
  if (load === null || !isNumericLoad(scheme)) return out;
  if (scheme.kind === "increment" && scheme.what === "dumbbell") return out;
  const lightest = roundDown(0, scheme) ?? 0;
  let previous = 0;
  for (const step of RAMP) {
    const ramp = roundDown(load * step.share, scheme);
    if (ramp === null || ramp <= previous || ramp >= load || ramp < lightest) continue;
    out.push({
      exercise,
      sets: 1,
      reps: step.reps,
      load: ramp,
      note: `ramp-up, about ${Math.round(step.share * 100)}%`,
    });
    previous = ramp;
  }
  return out;
}
