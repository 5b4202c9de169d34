import { addDays, daysBetween } from "../dates.js";
import { type HipThrustSession, hipThrustSessions } from "../history.js";
import type { LoggedSet, TrainingLog } from "../types.js";

/** A hard set: a working set taken near failure (RPE 7+), or of unknown RPE. */
export function isHardSet(set: LoggedSet): boolean {
  return !set.warmup && set.reps > 0 && (set.rpe === undefined || set.rpe >= 7);
}

/** F4 (heuristic): this week's hard sets above 1.5× the mean of the previous four weeks. */
export const SPIKE_RATIO = 1.5;
const BASELINE_WEEKS = 4;
/** Fewer weeks of history than this give no baseline, so a new lifter's first weeks never "spike". */
const MIN_BASELINE_WEEKS = 2;

export interface VolumeTrend {
  /** Hard hip-thrust sets in the 7 days ending on `day`, plus any planned for that day. */
  thisWeek: number;
  /** Mean of the previous weeks with history (up to four). */
  baseline: number;
  weeksInBaseline: number;
  ratio: number | null;
  spike: boolean;
}

/** Hard hip-thrust sets per rolling 7-day window ending on `day`: [this week, 1 week back, …]. */
function hardSetsByWeek(sessions: readonly HipThrustSession[], day: string, weeks: number): number[] {
  const counts = new Array<number>(weeks).fill(0);
  for (const session of sessions) {
    const back = daysBetween(session.day, day);
    if (back < 0) continue;
    const week = Math.floor(back / 7);
    if (week < weeks) counts[week] = (counts[week] as number) + session.sets.filter(isHardSet).length;
  }
  return counts;
}

/** F4 over sessions already drawn from the log (oldest first), for callers that have them. */
export function volumeTrendOf(
  sessions: readonly HipThrustSession[],
  day: string,
  plannedToday = 0,
): VolumeTrend {
  const first = sessions[0]?.day;
  const counts = hardSetsByWeek(sessions, day, BASELINE_WEEKS + 1);
  const thisWeek = (counts[0] as number) + plannedToday;
  // Only whole weeks after the first logged session are history: a week that began before it holds
  // only its first few days of training, and as a baseline it made the coach's own block look like a spike.
  let weeksInBaseline = 0;
  let total = 0;
  for (let w = 1; w <= BASELINE_WEEKS; w++) {
    if (first === undefined || daysBetween(first, addDays(day, -7 * w - 6)) < 0) break;
    weeksInBaseline++;
    total += counts[w] as number;
  }
  const baseline = weeksInBaseline ? total / weeksInBaseline : 0;
  const ratio = baseline > 0 ? thisWeek / baseline : null;
  const spike = weeksInBaseline >= MIN_BASELINE_WEEKS && ratio !== null && ratio > SPIKE_RATIO;
  return { thisWeek, baseline, weeksInBaseline, ratio, spike };
}

export function volumeTrend(log: TrainingLog, day: string, plannedToday = 0): VolumeTrend {
  return volumeTrendOf(hipThrustSessions(log), day, plannedToday);
}
