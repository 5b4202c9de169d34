import { dayOf, parseDate } from "./dates.js";
import { isHipThrustId } from "./knowledge/ids.js";
import type { HipThrustId, LoggedSet, Readiness, Session, TrainingLog } from "./types.js";

/** One session's hip-thrust work: the main variation and its working (non-warm-up) sets. */
export interface HipThrustSession {
  day: string;
  date: string;
  exercise: HipThrustId;
  sets: LoggedSet[];
  /** Highest pain on any hip-thrust set that day, warm-ups included; undefined when none was recorded. */
  painMax: number | undefined;
}

/** Sessions oldest first; each date is parsed once, not on every comparison. */
export function sortedSessions(log: TrainingLog): Session[] {
  return log.sessions
    .map((session) => ({ session, time: parseDate(session.date)?.getTime() ?? 0 }))
    .sort((a, b) => a.time - b.time)
    .map((entry) => entry.session);
}

export function workingSets(sets: readonly LoggedSet[]): LoggedSet[] {
  return sets.filter((s) => !s.warmup && s.reps > 0);
}

/**
 * Sessions with hip-thrust working sets, oldest first. When a session has several hip-thrust
 * variations, the one with most working sets is the main one that progression follows.
 */
export function hipThrustSessions(log: TrainingLog): HipThrustSession[] {
  const out: HipThrustSession[] = [];
  for (const session of sortedSessions(log)) {
    let main: HipThrustSession | null = null;
    for (const entry of session.exercises ?? []) {
      if (!isHipThrustId(entry.exercise)) continue;
      const sets = workingSets(entry.sets);
      if (sets.length > (main?.sets.length ?? 0)) {
        main = {
          day: dayOf(session.date),
          date: session.date,
          exercise: entry.exercise,
          sets,
          painMax: undefined,
        };
      }
    }
    if (main) {
      const pains = allHipThrustSets(session).flatMap((s) => (s.pain === undefined ? [] : [s.pain]));
      main.painMax = pains.length ? Math.max(...pains) : undefined;
      out.push(main);
    }
  }
  return out;
}

/** Every hip-thrust-family set of a session, warm-ups included (pain anywhere counts). */
export function allHipThrustSets(session: Session): LoggedSet[] {
  return (session.exercises ?? []).filter((e) => isHipThrustId(e.exercise)).flatMap((e) => e.sets);
}

/** The readiness check-in logged for a calendar day (the last one when there are several). */
export function readinessOn(log: TrainingLog, day: string): Readiness | undefined {
  let found: Readiness | undefined;
  for (const session of sortedSessions(log)) {
    if (dayOf(session.date) === day && session.readiness) found = session.readiness;
  }
  return found;
}
