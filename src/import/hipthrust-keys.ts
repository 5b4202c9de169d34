import type { Session } from "../core/types.js";
import type { ImportedSession } from "./types.js";

export const HIPTHRUST_SOURCE = "hipthrust";

/**
 * hipthrust's own files name no workouts, and one day may hold a check-in and a workout: the key
 * is the date with its occurrence among sessions of that date, stable for the same file.
 */
export function withHipthrustKeys(sessions: readonly Session[]): ImportedSession[] {
  const seen = new Map<string, number>();
  return sessions.map((session) => {
    const n = (seen.get(session.date) ?? 0) + 1;
    seen.set(session.date, n);
    return { ...session, source: HIPTHRUST_SOURCE, externalKey: `${HIPTHRUST_SOURCE}:${session.date}#${n}` };
  });
}
