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
  /** Highest pain on a working set (F6's "two sessions in a row" counts these only). */
  painWorking: number;
  /** Every hip-thrust variation's working sets that day (per-variation history, P9). */
  entries: { exercise: HipThrustId; sets: LoggedSet[] }[];
  /** The day's readiness check-in, when the session carried one. */
  readiness?: Readiness;
}

/** G4: at most two unloaded sets, each at RPE 6 or less: a warm-up dose, not a working session (F1, P9). */
export function isActivationDose(sets: readonly LoggedSet[]): boolean {
  return sets.length <= 2 && sets.every((s) => s.load === 0 && s.rpe !== undefined && s.rpe <= 6);
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
 * variations, the one with most working sets is the day's main one; each keeps its own sets in
 * `entries`. A day of activation-dose sets only (G4) is no working session, unless they were on
 * `unloadedMain`: the person's unloaded main lift, whose working sets may be that light (a rehab
 * dose, a novice's first bodyweight sets).
 */
export function hipThrustSessions(log: TrainingLog, unloadedMain?: HipThrustId): HipThrustSession[] {
  const out: HipThrustSession[] = [];
  for (const session of sortedSessions(log)) {
    const entries: HipThrustSession["entries"] = [];
    for (const entry of session.exercises ?? []) {
      if (!isHipThrustId(entry.exercise)) continue;
      const sets = workingSets(entry.sets);
      if (sets.length > 0) entries.push({ exercise: entry.exercise, sets });
    }
    const all = entries.flatMap((e) => e.sets);
    if (all.length === 0) continue;
    if (isActivationDose(all) && !entries.some((e) => e.exercise === unloadedMain)) continue;
    const main = entries.reduce((a, b) => (b.sets.length > a.sets.length ? b : a));
    const pains = allHipThrustSets(session).flatMap((s) => (s.pain === undefined ? [] : [s.pain]));
    out.push({
      day: dayOf(session.date),
      date: session.date,
      exercise: main.exercise,
      sets: main.sets,
      painMax: pains.length ? Math.max(...pains) : undefined,
      painWorking: Math.max(0, ...all.map((s) => s.pain ?? 0)),
      entries,
      ...(session.readiness ? { readiness: session.readiness } : {}),
    });
  }
  return out;
}

/** The sets a session did on one variation (empty when it did not train it). */
export function setsOn(session: HipThrustSession, exercise: HipThrustId): LoggedSet[] {
  return session.entries.find((e) => e.exercise === exercise)?.sets ?? [];
}

/** Days a check-in said the person was cleared by a healthcare professional (F6). */
export function clearedDays(log: TrainingLog): string[] {
  return sortedSessions(log)
    .filter((s) => s.readiness?.cleared === true)
    .map((s) => dayOf(s.date));
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
