// One simulated lifter followed session by session through `next` (the README's block example).
// Run: npx tsx bench/coach-transcript.ts [experience] [goal] [seed] [exact|push]
// (PROFILE=examples/profile-bands-only.json takes that profile, its experience and goal; WEEKS=8 follows longer.)
import { readFileSync } from "node:fs";
import { simulate } from "../src/core/simulate/run.js";
import { transcript } from "../src/core/simulate/transcript.js";
import type { Experience, Goal } from "../src/core/types.js";

const [experience = "intermediate", goal = "hypertrophy", seed = "1", behaviour = "exact"] =
  process.argv.slice(2);
const gym = {
  unit: "kg" as const,
  bodyweight: 70,
  experience: experience as Experience,
  goal: goal as Goal,
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench", "dumbbells", "bands"],
  plates: [20, 10, 5, 2.5, 1.25],
  barWeight: 20,
};
const profile = process.env.PROFILE ? JSON.parse(readFileSync(process.env.PROFILE, "utf8")) : gym;
const weeks = Number(process.env.WEEKS ?? 4);
const result = simulate(profile, Number(seed), {
  weeks,
  start: "2026-01-05",
  behaviour: behaviour === "push" ? "push" : "exact",
  events: false,
});
console.log(transcript(result));
