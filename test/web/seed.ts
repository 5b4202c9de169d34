// A few weeks of training for an athlete, so Progress, Today and the ghosts have something to show.
import type { Page } from "playwright-core";
import { callApi, daysAgo, seedAthlete } from "./browser.js";

export const BARBELL_PROFILE = {
  unit: "kg",
  bodyweight: 64,
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
  plates: [20, 10, 5, 2.5, 1.25],
  barWeight: 20,
};

/** Stores the athlete, a kept plan and six weeks of two sessions a week rising from 60 kg. */
export async function seedHistory(page: Page, name: string): Promise<void> {
  await seedAthlete(page, name, BARBELL_PROFILE);
  for (let week = 6; week >= 1; week--) {
    for (const offset of [5, 2]) {
      const load = 60 + (6 - week) * 5 - (week === 2 ? 10 : 0);
      const set = { load, reps: 10, rpe: 8, fullLockout: true, controlled: true };
      await callApi(page, "POST", `/athletes/${name}/sessions`, {
        date: daysAgo(week * 7 + offset - 7),
        readiness: { soreness: 3, fatigue: 3, sleepHours: 7.5 },
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            sets: [{ ...set, load: 40, reps: 8, warmup: true }, set, set, set],
          },
          { exercise: "romanian-deadlift", sets: [{ load: 50, reps: 10, rpe: 7 }] },
        ],
      });
    }
  }
  await callApi(page, "POST", `/athletes/${name}/plans`, { weeks: 4 });
  await page.evaluate((name) => localStorage.setItem("hipthrust:athlete", name), name);
}
