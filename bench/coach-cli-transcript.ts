// A whole block followed through the real CLI: each session a simulated lifter checks in, asks
// `hipthrust next`, and logs the sets a body would do (the README's session-by-session example).
// Run: npm run build && npx tsx bench/coach-cli-transcript.ts [experience] [goal] [seed]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "../src/core/simulate/run.js";
import type { Experience, Goal } from "../src/core/types.js";

const [experience = "intermediate", goal = "hypertrophy", seed = "1"] = process.argv.slice(2);
const profile = {
  unit: "kg" as const,
  bodyweight: 70,
  experience: experience as Experience,
  goal: goal as Goal,
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench", "bands"],
  plates: [20, 10, 5, 2.5, 1.25],
  barWeight: 20,
};
const weeks = Number(process.env.WEEKS ?? 4);
const run = simulate(profile, Number(seed), {
  weeks,
  start: "2026-01-05",
  behaviour: "exact",
  events: false,
});

const dir = mkdtempSync(join(tmpdir(), "hipthrust-block-"));
const cli = (args: string[], show = true) => {
  const out = execFileSync("bin/hipthrust", [...args, "--data", dir], { encoding: "utf8" }).trimEnd();
  if (show) console.log(`$ hipthrust ${args.join(" ")}\n${out}`);
  return out;
};
try {
  writeFileSync(join(dir, "profile.json"), JSON.stringify(profile));
  cli(["profile", "set", join(dir, "profile.json")], false);
  for (const [i, d] of run.days.entries()) {
    const session = run.log.sessions.find((s) => s.date === d.day);
    const r = session?.readiness;
    console.log(`\n# session ${i + 1}`);
    if (r) {
      const sleep = r.sleepHours !== undefined ? ["--sleep", String(r.sleepHours)] : [];
      cli([
        "log",
        "--date",
        d.day,
        "--soreness",
        String(r.soreness),
        "--fatigue",
        String(r.fatigue),
        ...sleep,
      ]);
    }
    cli(["next", "--date", d.day]);
    for (const e of session?.exercises ?? []) {
      for (const s of e.sets) {
        cli([
          "log",
          "--date",
          d.day,
          "--exercise",
          e.exercise,
          "--load",
          String(s.load),
          "--reps",
          String(s.reps),
          ...(s.rpe !== undefined ? ["--rpe", String(s.rpe)] : []),
          "--lockout",
          s.fullLockout === false ? "no" : "yes",
          "--controlled",
          s.controlled === false ? "no" : "yes",
          "--pain",
          String(s.pain ?? 0),
          ...(s.warmup ? ["--warmup", "yes"] : []),
          ...(s.band ? ["--band", s.band] : []),
        ]);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
