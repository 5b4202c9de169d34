// The slowest `next` the input bounds allow (issue 9): the most plate sizes (20) at the finest step
// (0.05), the heaviest bar, and the longest log a request reads (MAX_LOG_SESSIONS sessions, all in
// next's window, with as many sets as a 1 MiB POST /api/next body holds). Measured three ways:
// the core alone, POST /api/next through the server (parse, validate, answer), and GET …/next on
// the same log stored in SQLite (read the window + the core). Cold = the first call for a plate
// set (the plate search is cached per plate set), warm = the median of the repeats.
// Run: npx tsx bench/next-worst-case.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { MAX_LOG_SESSIONS } from "../src/contract/api.js";
import { addDays } from "../src/core/dates.js";
import { recommendNext } from "../src/core/next/recommend.js";
import { MAX_PLATE_SIZES, PLATE_STEP } from "../src/core/progression/plates.js";
import type { Profile, Session } from "../src/core/types.js";
import { buildServer } from "../src/server/app.js";
import { BODY_LIMIT } from "../src/server/limits.js";
import { createAthlete } from "../src/storage/athletes.js";
import { saveProfile } from "../src/storage/profiles.js";
import { importSessions } from "../src/storage/sessions.js";
import { openStore } from "../src/storage/store.js";
import { machine, median } from "./machine.js";
import { asImport } from "./next-history.js";

const DAY = "2026-11-23";
const RUNS = 15;

const round = (x: number) => Math.round(x / PLATE_STEP) * PLATE_STEP;
/** Plate sets a search finds hardest: many large sizes a step apart, or a fine one among them. */
const PLATE_SETS: Record<string, number[]> = {
  "20 sizes 99.05–100": Array.from({ length: MAX_PLATE_SIZES }, (_, i) => round(100 - i * PLATE_STEP)),
  "0.05 + 19 large": [
    PLATE_STEP,
    ...Array.from({ length: MAX_PLATE_SIZES - 1 }, (_, i) => round(97.3 - i * 3.35)),
  ],
  "20 odd sizes": Array.from({ length: MAX_PLATE_SIZES }, (_, i) => round(1.15 + i * 4.95)),
};

function profile(plates: number[]): Profile {
  return {
    unit: "kg",
    bodyweight: 75,
    experience: "advanced",
    goal: "strength",
    daysPerWeek: 7,
    equipment: ["barbell", "plates", "bench"],
    plates,
    barWeight: 200,
  };
}

/** MAX_LOG_SESSIONS sessions in the last five weeks, each with as many sets as the body limit allows. */
function logOf(setsPerSession: number): Session[] {
  return Array.from({ length: MAX_LOG_SESSIONS }, (_, i) => ({
    date: `${addDays(DAY, -1 - (i % 34))}T${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`,
    exercises: [
      {
        exercise: "barbell-hip-thrust",
        sets: Array.from({ length: setsPerSession }, (_, s) => ({
          load: round(217.35 + ((i * 7 + s * 13) % 400) * 0.45),
          reps: 3 + (s % 8),
          rpe: 8,
          fullLockout: true,
          controlled: true,
          pain: 0,
        })),
      },
    ],
  })).sort((a, b) => a.date.localeCompare(b.date));
}

function time<T>(work: () => T): [number, T] {
  const start = performance.now();
  const out = work();
  return [performance.now() - start, out];
}
async function timeAsync<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const out = await work();
  return [performance.now() - start, out];
}
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

const bodyOf = (plates: number[], log: Session[]) =>
  JSON.stringify({ profile: profile(plates), log: { sessions: log }, date: DAY });
/** The most sets per session that still fit the body limit. */
function biggestLog(): Session[] {
  for (let sets = 40; ; sets--) {
    const log = logOf(sets);
    if (Buffer.byteLength(bodyOf(PLATE_SETS["20 sizes 99.05–100"] as number[], log)) <= BODY_LIMIT)
      return log;
  }
}
const sessions = biggestLog();
const body = (plates: number[]) => bodyOf(plates, sessions);
const size = Buffer.byteLength(body(PLATE_SETS["20 sizes 99.05–100"] as number[]));
console.log(`worst-case next — ${machine()}`);
console.log(
  `log: ${sessions.length} sessions × ${sessions[0]?.exercises?.[0]?.sets.length} sets in the last 5 weeks; ` +
    `POST body ${(size / 1024).toFixed(0)} KiB of ${BODY_LIMIT / 1024} KiB allowed`,
);

const dir = mkdtempSync(join(tmpdir(), "hipthrust-bench-next-"));
const store = await openStore({ dataDir: dir });
const app = await buildServer({ store, rateLimit: 0 });
let worst = 0;
try {
  for (const [label, plates] of Object.entries(PLATE_SETS)) {
    const athlete = await createAthlete(store.db, `a${Object.keys(PLATE_SETS).indexOf(label)}`, "kg");
    await saveProfile(store.db, athlete.id, profile(plates));
    await importSessions(store.db, athlete.id, asImport(sessions), "kg");

    const core: number[] = [];
    const post: number[] = [];
    const get: number[] = [];
    const payload = body(plates);
    for (let i = 0; i < RUNS; i++) {
      // A new plate list each round for the cold figure: the same sizes in another order is
      // another cache key only on the first round, so round 0 is the cold one.
      core.push(time(() => recommendNext(profile(plates), { sessions }, DAY))[0]);
      const [p, res] = await timeAsync(() =>
        app.inject({
          method: "POST",
          url: "/api/next",
          payload,
          headers: { "content-type": "application/json" },
        }),
      );
      if (res.statusCode !== 200)
        throw new Error(`POST /api/next: ${res.statusCode} ${res.body.slice(0, 300)}`);
      post.push(p);
      const [g, got] = await timeAsync(() =>
        app.inject({ method: "GET", url: `/api/athletes/${athlete.name}/next?date=${DAY}` }),
      );
      if (got.statusCode !== 200) throw new Error(`GET next: ${got.statusCode} ${got.body.slice(0, 300)}`);
      get.push(g);
    }
    const line = (what: string, values: number[]) =>
      `  ${what.padEnd(22)} cold ${ms(values[0] as number)}  warm median ${ms(median(values.slice(1)))}  max ${ms(Math.max(...values))}`;
    console.log(`plates ${label}: [${plates.slice(0, 4).join(", ")}, …]`);
    console.log(line("core recommendNext", core));
    console.log(line("POST /api/next", post));
    console.log(line("GET …/next (SQLite)", get));
    worst = Math.max(worst, ...core, ...post, ...get);
  }
  console.log(`worst-case next within the bounds: ${worst.toFixed(1)} ms (the slowest single call above)`);
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
