// P9: each variation keeps its own history; the main lift is the planned one, not whatever was logged last.
import { daysBetween } from "../dates.js";
import { type HipThrustSession, setsOn } from "../history.js";
import { sessionE1rm } from "../progression/e1rm.js";
import type { HipThrustId, LoggedSet, Profile, Range } from "../types.js";
import { availableVariations, rungOf, startingVariation } from "../variation.js";
import { topLoad } from "./gates.js";

/** One session's work on one variation, split into a top set group and back-off sets when it had them. */
export interface LiftSession {
  day: string;
  /** The top group's sets (all sets for straight sets). */
  sets: LoggedSet[];
  /** Lighter sets after a heavier top set, when the session was built that way (issue 7, item 9). */
  backoff: LoggedSet[];
  painWorking: number;
  e1rm: number | null;
  /** Fell in a lighter week of its block (set by the caller that knows the block). */
  lighter?: boolean;
}

/** How far back a variation still counts as the one being trained (six weeks). */
const RECENT_DAYS = 42;
/** Back-off sets are at least this much lighter than the top set. */
const BACKOFF_GAP = 0.05;

/**
 * The main lift: the highest rung trained in the last six weeks that the equipment still allows
 * (a travel week on bodyweight or a banded home day does not demote it); else the last one trained;
 * else the starting variation.
 */
export function mainLift(
  profile: Profile,
  past: readonly HipThrustSession[],
  day: string,
): HipThrustId | null {
  const available = availableVariations(profile);
  let best: HipThrustId | null = null;
  for (const s of past) {
    if (daysBetween(s.day, day) > RECENT_DAYS) continue;
    for (const e of s.entries) {
      if (!available.includes(e.exercise)) continue;
      if (best === null || rungOf(e.exercise) >= rungOf(best)) best = e.exercise;
    }
  }
  if (best) return best;
  for (let i = past.length - 1; i >= 0; i--) {
    const id = (past[i] as HipThrustSession).exercise;
    if (available.includes(id)) return id;
  }
  return past.length ? null : startingVariation(profile).id;
}

function split(sets: LoggedSet[]): { sets: LoggedSet[]; backoff: LoggedSet[] } {
  const top = topLoad(sets);
  const heavy = sets.filter((s) => s.load === top);
  const light = sets.filter((s) => s.load < top * (1 - BACKOFF_GAP));
  // A top set (one or two heavy sets first) followed only by lighter ones.
  const first = sets[0];
  if (
    top > 0 &&
    heavy.length <= 2 &&
    light.length >= 1 &&
    first?.load === top &&
    heavy.length + light.length === sets.length
  ) {
    return { sets: heavy, backoff: light };
  }
  return { sets, backoff: [] };
}

/**
 * Whether a session's sets belong to a rep range: their median reps within one under its floor and
 * two over its top (a set failed short of it, or a good day, is not a new range). Sets at the heaviest load the
 * equipment makes are dosed in more reps (P10), so they always fit.
 */
export function repsFit(sets: readonly LoggedSet[], reps: Range, heaviest: number | null): boolean {
  if (sets.length === 0) return true;
  if (heaviest !== null && sets.some((s) => s.load >= heaviest)) return true;
  // Short of the floor at failure is a failed set in this range (P5), not a new range.
  if (sets.some((s) => s.reps < reps.min && (s.rpe ?? 0) >= 9.5)) return true;
  const sorted = sets.map((s) => s.reps).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return median >= reps.min - 1 && median <= reps.max + 2;
}

/** The sessions that trained `exercise`, oldest first. */
export function liftHistory(past: readonly HipThrustSession[], exercise: HipThrustId): LiftSession[] {
  const out: LiftSession[] = [];
  for (const s of past) {
    const sets = setsOn(s, exercise);
    if (sets.length === 0) continue;
    const parts = split(sets);
    out.push({
      day: s.day,
      ...parts,
      painWorking: Math.max(0, ...sets.map((x) => x.pain ?? 0)),
      e1rm: sessionE1rm(sets)?.value ?? null,
    });
  }
  return out;
}
