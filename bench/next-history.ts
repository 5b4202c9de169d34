// A realistic training history for the storage benchmarks: three sessions a week (Mon, Wed, Fri)
// with a check-in, a warm-up and three working hip-thrust sets that progress every two weeks,
// and a complement exercise.
import { addDays } from "../src/core/dates.js";
import type { Profile, Session } from "../src/core/types.js";
import type { ImportItem } from "../src/storage/sessions.js";

export const BENCH_PROFILE: Profile = {
  unit: "kg",
  bodyweight: 75,
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
};

/** Sessions covering `years` years up to `end` (a Friday works best), oldest first. */
export function history(years: number, end: string): Session[] {
  const weeks = Math.round(years * 52);
  const sessions: Session[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const friday = addDays(end, -7 * w);
    const load = 40 + 2.5 * Math.floor((weeks - w) / 2) - 20 * Math.floor((weeks - w) / 40);
    for (const back of [4, 2, 0]) {
      const work = { load, reps: 10, rpe: 8, fullLockout: true, controlled: true, pain: 0 };
      sessions.push({
        date: addDays(friday, -back),
        readiness: { soreness: 3, fatigue: 3, sleepHours: 7.5 },
        exercises: [
          { exercise: "barbell-hip-thrust", sets: [{ load: 20, reps: 10, warmup: true }, work, work, work] },
          {
            exercise: "romanian-deadlift",
            sets: [
              { load: 50, reps: 10, rpe: 8 },
              { load: 50, reps: 10, rpe: 8 },
            ],
          },
        ],
      });
    }
  }
  return sessions;
}

/** The history as import items, so it goes in as one transaction. */
export function asImport(sessions: readonly Session[]): ImportItem[] {
  return sessions.map((session) => ({ session, origin: { source: "bench", externalKey: session.date } }));
}

/** The n-th set a write benchmark POSTs: spread over days as a real log is, about ten sets a day. */
export function benchSet(n: number) {
  return {
    date: addDays("2020-01-01", Math.floor(n / 10)),
    exercise: "barbell-hip-thrust",
    load: 60 + (n % 5) * 2.5,
    reps: 8 + (n % 4),
    rpe: 8,
  };
}
