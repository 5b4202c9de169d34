import { type LoadScheme, roundDown } from "../progression/loads.js";
import type { Profile } from "../types.js";

/**
 * P1: a light first load on a newly loaded variation: a small share of bodyweight (none for
 * novices: the lightest the equipment allows), rounded down to what can be made.
 */
export function startingLoad(scheme: LoadScheme, profile: Profile): number | null {
  if (scheme.kind === "bodyweight") return null;
  const lightest = roundDown(0, scheme);
  const share = { novice: 0, intermediate: 0.5, advanced: 0.75 }[profile.experience];
  const perUnit = scheme.kind === "increment" && scheme.what === "dumbbell" ? 0.4 : 1;
  const target = (profile.bodyweight ?? 0) * share * perUnit;
  return Math.max(roundDown(target, scheme) ?? 0, lightest ?? 0);
}
