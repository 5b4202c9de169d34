// `next` on the window of history the store loads gives the same answer as on the whole log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates.js";
import { recommendNext } from "../../src/core/next/recommend.js";
import type { LoggedSet, Profile, Session } from "../../src/core/types.js";
import { createAthlete } from "../../src/storage/athletes.js";
import { readLog } from "../../src/storage/read.js";
import { addSession } from "../../src/storage/sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { nextWindowStart } from "../../src/storage/window.js";
import { BACKENDS, type Place } from "./backends.js";

const PROFILE: Profile = {
  unit: "kg",
  experience: "intermediate",
  goal: "strength",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench", "dumbbells"],
};

/** A deterministic pseudo-random history: gaps, breaks, bursts, pain, failed gates, variation changes. */
function history(seed: number, count: number): Session[] {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const sessions: Session[] = [];
  let day = "2020-01-06";
  let load = 40;
  for (let i = 0; i < count; i++) {
    const r = rand();
    day = addDays(day, r < 0.05 ? 60 + Math.floor(rand() * 200) : r < 0.2 ? 1 : 2 + Math.floor(rand() * 3));
    const exercise = rand() < 0.15 ? "dumbbell-hip-thrust" : "barbell-hip-thrust";
    load = Math.max(20, load + (rand() < 0.4 ? 2.5 : rand() < 0.1 ? -5 : 0));
    const work = (): LoggedSet => ({
      load,
      reps: 3 + Math.floor(rand() * 4),
      rpe: 7 + Math.floor(rand() * 4),
      fullLockout: rand() > 0.1,
      controlled: rand() > 0.1,
      pain: rand() < 0.05 ? 3 : 0,
    });
    const sets = [{ load: 20, reps: 5, warmup: true }, work(), work(), work()];
    sessions.push({
      date: day,
      ...(rand() < 0.3 && {
        readiness: { soreness: Math.floor(rand() * 10), fatigue: Math.floor(rand() * 10) },
      }),
      exercises: rand() < 0.1 ? [] : [{ exercise, sets }],
    });
  }
  return sessions;
}

describe.each(BACKENDS)("the history window of next on $name", (backend) => {
  let place: Place;
  let store: Store;
  beforeAll(async () => {
    place = await backend.fresh();
    store = await openStore(place.location);
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it.each([1, 2, 3, 4])("matches the whole log on history %i", async (seed) => {
    const athlete = await createAthlete(store.db, `a${seed}`, "kg");
    const sessions = history(seed, 220);
    for (const session of sessions) await addSession(store.db, athlete.id, session, "kg");
    const full = await readLog(store.db, athlete.id, "kg");
    const lastDay = sessions.at(-1)?.date as string;
    let windowed = 0;
    for (let back = -3; back < 400; back += 7) {
      const day = addDays(lastDay, -back);
      const from = await nextWindowStart(store.db, athlete.id, day);
      if (from !== undefined) windowed++;
      const log = await readLog(store.db, athlete.id, "kg", from === undefined ? {} : { from });
      expect(recommendNext(PROFILE, log, day), `day ${day}, window from ${from}`).toEqual(
        recommendNext(PROFILE, full, day),
      );
    }
    expect(windowed).toBeGreaterThan(10);
  });
});
