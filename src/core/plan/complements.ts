import { hasAll } from "../equipment.js";
import { exerciseById } from "../knowledge/exercises/index.js";
import type { ComplementId } from "../knowledge/ids.js";
import { hasConstraint } from "../profile-checks.js";
import type { Goal, PatternId, PlanItem, Profile, Range } from "../types.js";
import { usableEquipment } from "../variation.js";

/** Candidates per D5 pattern, best first for the situation; the first the equipment allows wins. */
function candidates(pattern: PatternId, profile: Profile): ComplementId[] {
  const knees = hasConstraint(profile, "knee-discomfort");
  const back = hasConstraint(profile, "lower-back-sensitive");
  const novice = profile.experience === "novice";
  switch (pattern) {
    case "squat":
      // A sensitive back: squat-pattern work that loads the spine little (leg press, goblet, split squat).
      if (back) return ["leg-press", "goblet-squat", "split-squat", "step-up", "walking-lunge"];
      if (knees) return ["leg-press", "step-up", "goblet-squat", "split-squat", "walking-lunge"];
      if (novice || profile.goal === "general")
        return ["goblet-squat", "leg-press", "split-squat", "step-up", "walking-lunge", "back-squat"];
      return ["back-squat", "leg-press", "goblet-squat", "split-squat", "walking-lunge", "step-up"];
    case "hinge":
      // D2: with a tired or sensitive lower back, hamstring work instead of another heavy hinge.
      if (back) return ["leg-curl", "single-leg-romanian-deadlift"];
      return ["romanian-deadlift", "leg-curl", "single-leg-romanian-deadlift", "back-extension"];
    case "abduction":
      return ["hip-abduction-machine", "banded-abduction", "side-lying-hip-abduction"];
  }
}

export function pickComplement(pattern: PatternId, profile: Profile): ComplementId | null {
  const owned = usableEquipment(profile);
  return (
    candidates(pattern, profile).find((id) => {
      const exercise = exerciseById(id);
      return exercise !== undefined && hasAll(owned, exercise.equipment);
    }) ?? null
  );
}

const COMPLEMENT_REPS: Record<Goal, Range> = {
  strength: { min: 5, max: 8 },
  athletic: { min: 5, max: 8 },
  hypertrophy: { min: 8, max: 12 },
  accessory: { min: 8, max: 12 },
  general: { min: 10, max: 15 },
  activation: { min: 10, max: 15 },
};

export function complementItem(pattern: PatternId, exercise: ComplementId, profile: Profile): PlanItem {
  const abduction = pattern === "abduction";
  const item: PlanItem = {
    exercise,
    role: "complement",
    sets: profile.goal === "general" || abduction ? 2 : 3,
    reps: abduction ? { min: 12, max: 20 } : COMPLEMENT_REPS[profile.goal],
    rpe: { min: 7, max: 8 },
    restSeconds: abduction ? 60 : profile.goal === "strength" ? 150 : 120,
    load: null,
  };
  if (pattern === "squat" && hasConstraint(profile, "knee-discomfort"))
    item.note = "keep to a pain-free depth";
  return item;
}

/** How often each pattern appears in a week of `days` training days. */
export function weeklyCount(pattern: PatternId, days: number): number {
  if (pattern === "abduction") return days >= 5 ? 2 : 1;
  return days >= 4 ? 2 : 1;
}
