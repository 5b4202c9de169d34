// How the time of `next` through the store (read the athlete's log + the core's recommendNext)
// grows with history: 1, 5 and 10 years at three sessions a week, reading only the window next
// needs (as the CLI and the API do), against reading the whole log. The window should be flat.
// Run: npx tsx bench/next-scaling.ts   (PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is set)
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { recommendNext } from "../src/core/next/recommend.js";
import { createAthlete } from "../src/storage/athletes.js";
import { saveProfile } from "../src/storage/profiles.js";
import { readLog } from "../src/storage/read.js";
import { importSessions } from "../src/storage/sessions.js";
import { openStore, type StoreLocation } from "../src/storage/store.js";
import { nextWindowStart } from "../src/storage/window.js";
import { machine, median } from "./machine.js";
import { asImport, BENCH_PROFILE, history } from "./next-history.js";

const END = "2026-11-20";
const DAY = "2026-11-23";
const RUNS = 30;

async function measure(label: string, location: StoreLocation): Promise<void> {
  const store = await openStore(location);
  try {
    for (const years of [1, 5, 10]) {
      const athlete = await createAthlete(store.db, `y${years}`, "kg");
      await saveProfile(store.db, athlete.id, BENCH_PROFILE);
      const sessions = history(years, END);
      await importSessions(store.db, athlete.id, asImport(sessions), "kg");
      // Fresh planner statistics, as autovacuum keeps them on a live PostgreSQL: without them it
      // plans the window's queries as if the tables were empty.
      await sql`analyze`.execute(store.db);
      for (const windowed of [false, true]) {
        const load: number[] = [];
        const core: number[] = [];
        let sessionsRead = 0;
        for (let i = 0; i < RUNS + 3; i++) {
          const t0 = performance.now();
          const from = windowed ? await nextWindowStart(store.db, athlete.id, DAY) : undefined;
          const log = await readLog(store.db, athlete.id, "kg", from === undefined ? {} : { from });
          const t1 = performance.now();
          recommendNext(BENCH_PROFILE, log, DAY);
          const t2 = performance.now();
          sessionsRead = log.sessions.length;
          if (i < 3) continue; // warm-up
          load.push(t1 - t0);
          core.push(t2 - t1);
        }
        const [l, c] = [median(load), median(core)];
        console.log(
          `${label.padEnd(9)} ${(windowed ? "window" : "whole").padEnd(6)} ${String(years).padStart(2)} y` +
            `  ${String(sessions.length).padStart(5)} sessions, ${String(sessionsRead).padStart(5)} read` +
            `  load ${l.toFixed(2).padStart(6)} ms  core ${c.toFixed(2).padStart(6)} ms  total ${(l + c).toFixed(2).padStart(6)} ms`,
        );
      }
    }
  } finally {
    await store.close();
  }
}

console.log(`next through the store, median of ${RUNS} runs — ${machine()}`);
const dir = mkdtempSync(join(tmpdir(), "hipthrust-bench-"));
try {
  await measure("sqlite", { dataDir: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const scoped = new URL(url);
    scoped.searchParams.set("options", `-c search_path=${schema}`);
    await measure("postgres", { databaseUrl: scoped.toString() });
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
} else {
  console.log("postgres   skipped: set TEST_DATABASE_URL (or DATABASE_URL) to measure it");
}
