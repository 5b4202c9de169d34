// Where today falls in the four-week block that `plan` writes, so `next` follows the same programme.
import { daysBetween } from "./dates.js";
import type { HipThrustSession } from "./history.js";

/** F7: a gap this long ends a block; the first session after it starts a new one. */
export const BREAK_DAYS = 14;

export interface BlockPosition {
  /** The day the current block started: a stored plan's start, else its first session. */
  anchor: string;
  /** 1-based week of the programme since the anchor (plan's `week`). */
  week: number;
  /** 0–2 build (2 the hardest), 3 the lighter week. */
  position: number;
  lighter: boolean;
}

/**
 * The block is anchored on `planStart` when a plan was stored, else on the first working session
 * after the last break of two weeks or more (a long break restarts it). With no session yet, today
 * starts week 1.
 */
export function blockPosition(
  sessions: readonly HipThrustSession[],
  day: string,
  planStart?: string,
): BlockPosition {
  let anchor = day;
  if (planStart && planStart <= day) anchor = planStart;
  else {
    for (let i = sessions.length - 1; i >= 0; i--) {
      const s = sessions[i] as HipThrustSession;
      const before = sessions[i - 1];
      anchor = s.day;
      if (!before || daysBetween(before.day, s.day) >= BREAK_DAYS) break;
    }
    const last = sessions.at(-1);
    if (last && daysBetween(last.day, day) >= BREAK_DAYS) anchor = day;
  }
  const week = Math.floor(daysBetween(anchor, day) / 7) + 1;
  const position = (week - 1) % 4;
  return { anchor, week, position, lighter: position === 3 };
}

/** Whether a past session fell in a lighter week of its block (its load is no measure of a stall). */
export function inLighterWeek(sessions: readonly HipThrustSession[], index: number): boolean {
  const s = sessions[index] as HipThrustSession;
  return blockPosition(sessions.slice(0, index), s.day).lighter;
}
