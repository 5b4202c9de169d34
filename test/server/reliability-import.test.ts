// Issue 9: a batched `hipthrust import` killed with SIGKILL at several points leaves nothing of
// itself visible (no sessions, no athlete) and a re-run completes; and while a 100k-row import runs
// in another process, the server's health answers within 100 ms and its writes get in.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAthlete } from "../../src/storage/athletes.js";
import { logToDay } from "../../src/storage/sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { BACKENDS } from "../storage/backends.js";
import { inspect, post, startServer } from "./processes.js";
import {
  type ImportProcess,
  type ImportState,
  importState,
  SETS_PER_SESSION,
  startImport,
  writeStrongCsv,
} from "./reliability-import.js";

const ROWS = 20_000;
const SESSIONS = ROWS / SETS_PER_SESSION;

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hipthrust-import-kill-"));
  file = writeStrongCsv(dir, ROWS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Polls the store until `ready` holds, then kills the import; fails if it finished first. */
async function killWhen(
  store: Store,
  athlete: string,
  run: ImportProcess,
  ready: (state: ImportState) => boolean,
): Promise<void> {
  let done = false;
  void run.exited.then(() => {
    done = true;
  });
  while (!done) {
    if (ready(await importState(store, athlete))) {
      run.child.kill("SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const { signal, stderr } = await run.exited;
  expect(signal, `the import finished before the kill point: ${stderr}`).toBe("SIGKILL");
}

const KILL_POINTS: [string, (s: ImportState) => boolean][] = [
  ["in its first batch", (s) => s.imports > 0 && s.pendingAthletes + s.pendingSessions > 0],
  ["a tenth of the way", (s) => s.pendingSessions >= SESSIONS / 10],
  ["nine tenths of the way", (s) => s.pendingSessions >= (SESSIONS * 9) / 10],
];

describe.each(BACKENDS)("a batched import killed with SIGKILL on $name", (backend) => {
  it(`shows nothing of a killed import of ${ROWS} rows (no athlete), and a re-run completes`, async () => {
    const place = await backend.fresh();
    const store = await openStore(place.location);
    try {
      for (const [point, ready] of KILL_POINTS) {
        await killWhen(store, "zoe", startImport(place, file, "zoe", true), ready);
        const state = await importState(store, "zoe");
        expect(state, `killed ${point}`).toMatchObject({ visibleAthletes: 0, visibleSessions: 0 });
        expect(state.pendingAthletes + state.pendingSessions, `killed ${point}`).toBeGreaterThan(0);
        const check = await inspect(place);
        expect({ integrity: check.integrity, orphans: check.orphans }).toEqual({
          integrity: "ok",
          orphans: 0,
        });
        console.log(`import on ${backend.name} killed ${point}: ${JSON.stringify(state)}`);
      }
      const rerun = await startImport(place, file, "zoe", true).exited;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`${SESSIONS} session(s) added, 0 already stored`);
      expect(await importState(store, "zoe")).toEqual({
        visibleAthletes: 1,
        visibleSessions: SESSIONS,
        pendingSessions: 0,
        pendingAthletes: 0,
        imports: 0,
      });
    } finally {
      await store.close();
      await place.dispose();
    }
  }, 180_000);

  it("leaves an existing athlete's log as it was when killed, and a re-run adds the file once", async () => {
    const place = await backend.fresh();
    const store = await openStore(place.location);
    try {
      const ann = await createAthlete(store.db, "ann", "kg");
      await logToDay(store.db, ann.id, {
        date: "2026-11-02",
        exercise: "barbell-hip-thrust",
        set: { load: 60, reps: 10 },
        unit: "kg",
      });
      await killWhen(
        store,
        "ann",
        startImport(place, file, "ann", false),
        (s) => s.pendingSessions >= SESSIONS / 2,
      );
      expect(await importState(store, "ann")).toMatchObject({ visibleAthletes: 1, visibleSessions: 1 });
      const rerun = await startImport(place, file, "ann", false).exited;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await importState(store, "ann")).toEqual({
        visibleAthletes: 1,
        visibleSessions: SESSIONS + 1,
        pendingSessions: 0,
        pendingAthletes: 0,
        imports: 0,
      });
    } finally {
      await store.close();
      await place.dispose();
    }
  }, 120_000);
});

const BASELINE_PROBES = 300;
/** Probes during the import, at least, for its p95 to mean something. */
const MIN_PROBES = 50;

/** One health request's round trip (ms), then a 10 ms pause; any answer but 200 fails. */
async function healthTime(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/api/health`);
  await res.arrayBuffer();
  const took = performance.now() - start;
  if (res.status !== 200) throw new Error(`health answered ${res.status}`);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return took;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const summary = (values: number[]) =>
  `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, ` +
  `max ${Math.max(...values).toFixed(1)} ms over ${values.length} requests`;

describe("the server during a 100k-row import into the same SQLite store", () => {
  it("answers health within 100 ms (p95, over the idle machine's) and takes writes between batches", async () => {
    const sqlite = BACKENDS.find((b) => b.name === "sqlite");
    if (!sqlite) throw new Error("no SQLite backend");
    const place = await sqlite.fresh();
    const big = writeStrongCsv(dir, 100_000);
    const server = await startServer(place);
    try {
      expect((await post(`${server.url}/api/athletes`, { name: "ann" })).status).toBe(201);
      // The same probe with no import running: what the machine itself allows right now.
      const idle: number[] = [];
      for (let i = 0; i < BASELINE_PROBES; i++) idle.push(await healthTime(server.url));
      const run = startImport(place, big, "big", true);
      let running = true;
      const finished = run.exited.finally(() => {
        running = false;
      });
      // Health is probed back to back for the whole import while a set is written every 50 ms, each
      // a durable commit. (Waiting for a number of probes before writing let a quiet machine finish
      // the import before the first write.)
      const health: number[] = [];
      const writes: number[] = [];
      const statuses = new Set<number>();
      const probe = async () => {
        while (running) health.push(await healthTime(server.url));
      };
      const write = async () => {
        for (let n = 0; running; n++) {
          const start = performance.now();
          const res = await post(`${server.url}/api/athletes/ann/sets`, {
            date: "2026-11-02",
            exercise: "barbell-hip-thrust",
            load: 60,
            reps: 1 + (n % 20),
          });
          writes.push(performance.now() - start);
          statuses.add(res.status);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await Promise.all([probe(), write(), finished]);
      const result = await run.exited;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("10000 session(s) added");
      console.log(`health with no import running: ${summary(idle)}`);
      console.log(`health during a 100k-row import, beside the writes: ${summary(health)}`);
      console.log(`POST set during a 100k-row import: ${summary(writes)}`);
      expect(health.length).toBeGreaterThanOrEqual(MIN_PROBES);
      expect(writes.length, "the import ended before a few writes went in").toBeGreaterThanOrEqual(5);
      expect([...statuses]).toEqual([201]);
      // 100 ms over what the machine gives with no import: on a quiet machine the idle p95 is a
      // few ms; on a shared, loaded one the bound moves with it. Before batching it was seconds.
      expect(percentile(health, 95)).toBeLessThan(100 + percentile(idle, 95));
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGTERM");
      await server.exited;
      await place.dispose();
    }
  }, 180_000);
});
