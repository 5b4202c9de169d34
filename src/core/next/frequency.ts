import { addDays, daysBetween } from "../dates.js";
import type { Dose } from "../dose.js";
import type { HipThrustSession } from "../history.js";
import type { Reason, Warning } from "../types.js";

export interface FrequencyCheck {
  /** Working sets today would break F1 or F2 (or the person already trained today). */
  rest: boolean;
  warnings: Warning[];
  reasons: Reason[];
}

/** Longest run of consecutive calendar days with working sets that ends on `lastDay`. */
function streakEndingOn(days: readonly string[], lastDay: string): number {
  let streak = 0;
  for (let d = lastDay; days.includes(d); d = addDays(d, -1)) streak++;
  return streak;
}

/** F1, F2 and F3's streak warning for working sets on `day`, given the sessions before it. */
export function checkFrequency(
  past: readonly HipThrustSession[],
  day: string,
  dose: Dose,
  perWeek: number = dose.daysPerWeek.max,
): FrequencyCheck {
  const out: FrequencyCheck = { rest: false, warnings: [], reasons: [] };
  const days = past.map((s) => s.day);
  const last = days.at(-1);
  if (last === undefined) return out;

  const gap = daysBetween(last, day);
  if (gap === 0) {
    out.rest = true;
    out.reasons.push({
      rule: "F1",
      message: "You already did hip-thrust working sets today; the next ones wait 48 h.",
    });
  } else if (gap < 2) {
    out.rest = true;
    out.warnings.push({
      code: "rest-under-48h",
      message: `Your last working sets were on ${last}, under 48 h ago; rest the hip thrust today (F1).`,
    });
    out.reasons.push({ rule: "F1", message: "Working hip-thrust sessions stay at least 48 h apart (001)." });
  }

  const windowStart = addDays(day, -6);
  const inWindow = days.filter((d) => d >= windowStart && d < day).length;
  if (inWindow >= perWeek) {
    out.rest = true;
    out.warnings.push({
      code: "frequency-above-goal",
      message: `${inWindow} working sessions in the last 7 days already meet your plan's ${perWeek} a week (${dose.rule} allows up to ${dose.daysPerWeek.max}); another today would exceed it (F2).`,
    });
    out.reasons.push({
      rule: "F2",
      message: `No more than ${perWeek} working sessions in any 7 days: your plan's hip-thrust days (${dose.label} allows up to ${dose.daysPerWeek.max}).`,
    });
  }

  const streak = streakEndingOn(days, last);
  if (streak >= 3 && daysBetween(last, day) <= 7) {
    out.warnings.push({
      code: "daily-streak",
      message: `You did working sets ${streak} days in a row up to ${last}: that pace risks overtraining, fatigue and injury (000); keep working days 48 h apart.`,
    });
    out.reasons.push({
      rule: "F3",
      message: "Daily hip thrusts carry a stated risk; working sets need 48 h between them.",
    });
  }
  return out;
}
