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
 * of the current block: the first after the last break of two weeks or more, and the first in
 * today's rep range (`fits`) after sessions outside it. So a long break or a new rep range (a goal
 * change, a novice's move to sets of 3–5) restarts the block; with neither in the log, today starts
 * week 1.
 */
export function blockPosition(
  sessions: readonly HipThrustSession[],
  day: string,
  planStart?: string,
  fits: (s: HipThrustSession) => boolean = () => true,
): BlockPosition {
  let anchor = day;
  if (planStart && planStart <= day) anchor = planStart;
  else {
    for (let i = sessions.length - 1; i >= 0; i--) {
      const s = sessions[i] as HipThrustSession;
      if (!fits(s)) break;
      const before = sessions[i - 1];
      anchor = s.day;
      if (!before || daysBetween(before.day, s.day) >= BREAK_DAYS) break;
    }
    const last = sessions.at(-1);
    if (last && (daysBetween(last.day, day) >= BREAK_DAYS || !fits(last))) anchor = day;
  }
  const week = Math.floor(daysBetween(anchor, day) / 7) + 1;
  const position = (week - 1) % 4;
  return { anchor, week, position, lighter: position === 3 };
}
