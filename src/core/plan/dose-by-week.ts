import type { Dose } from "../dose.js";
import type { Experience, Range } from "../types.js";

export interface WeekDose {
  sets: number;
  rpe: Range;
  focus: string;
}

const half = (x: number) => Math.round(x * 2) / 2;

/**
 * Blocks of four weeks: three that build (sets climb through the goal's range, the RPE ceiling
 * rises to the goal's top) and a lighter fourth at the bottom of both. Novices keep the lowest set
 * count while the lift is new (P1). Every number stays inside the goal's dose.
 */
export function doseForWeek(dose: Dose, week: number, totalWeeks: number, experience: Experience): WeekDose {
  const position = (week - 1) % 4;
  if (position === 3 && totalWeeks >= 4) {
    return {
      sets: dose.sets.min,
      rpe: { min: dose.rpe.min, max: dose.rpe.min },
      focus: "lighter week: recover",
    };
  }
  const span = dose.sets.max - dose.sets.min;
  const sets = experience === "novice" ? dose.sets.min : dose.sets.min + Math.round((span * position) / 2);
  const ceiling = position === 2 ? dose.rpe.max : half((dose.rpe.min + dose.rpe.max) / 2);
  const focus = position === 2 ? "build: hardest week of the block" : "build";
  return { sets, rpe: { min: dose.rpe.min, max: ceiling }, focus };
}
