import { dayOf, fromDayNumber, toDayNumber } from "../dates.js";
import { exerciseById } from "../knowledge/exercises/index.js";
import type { TrainingLog } from "../types.js";
import { isHardSet } from "./volume.js";

/** `rolling`: 7-day windows ending on the day asked for; `iso`: ISO weeks, Monday to Sunday. */
export type WeekWindow = "rolling" | "iso";

export interface MuscleWeek {
  /** First and last day of the week, inclusive. */
  start: string;
  end: string;
  /** Hard sets per muscle; muscles with none are left out. */
  muscles: Record<string, number>;
}

/**
 * A hard set counts fully for each primary muscle of its exercise and half for each secondary one
 * (*heuristic*, the usual fractional-set convention); stabilisers and `other:` exercises, which the
 * library does not describe, count for nothing.
 */
const CREDIT = { primary: 1, secondary: 0.5, stabiliser: 0 } as const;

/** Weekday of a day number, Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
const weekday = (n: number) => (((n + 3) % 7) + 7) % 7;

/** Hard sets per muscle for `weeks` weeks back from `day`: [the week of `day`, one week back, …]. */
export function weeklyHardSetsPerMuscle(
  log: TrainingLog,
  day: string,
  weeks: number,
  window: WeekWindow = "rolling",
): MuscleWeek[] {
  const today = toDayNumber(day);
  const lastDay = window === "rolling" ? today : today - weekday(today) + 6;
  const out: MuscleWeek[] = Array.from({ length: weeks }, (_, w) => ({
    start: fromDayNumber(lastDay - 7 * w - 6),
    end: fromDayNumber(lastDay - 7 * w),
    muscles: {},
  }));
  for (const session of log.sessions) {
    const back = lastDay - toDayNumber(dayOf(session.date));
    const week = out[Math.floor(back / 7)];
    if (back < 0 || !week) continue;
    for (const entry of session.exercises ?? []) {
      const hard = entry.sets.filter(isHardSet).length;
      for (const { muscle, role } of exerciseById(entry.exercise)?.muscles ?? []) {
        const sets = hard * CREDIT[role];
        if (sets > 0) week.muscles[muscle] = (week.muscles[muscle] ?? 0) + sets;
      }
    }
  }
  return out;
}
