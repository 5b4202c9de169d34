import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Session } from "../../src/core/types.js";
import { addAnalysis, listAnalyses } from "../../src/storage/analyses.js";
import { createAthlete, deleteAthlete, ensureAthlete, updateAthlete } from "../../src/storage/athletes.js";
import { getProfile, saveProfile } from "../../src/storage/profiles.js";
import { readLog, readSessions } from "../../src/storage/read.js";
import {
  addSession,
  deleteSession,
  type ImportItem,
  importSessions,
  logToDay,
  replaceSession,
} from "../../src/storage/sessions.js";
import { deleteSet, findSet, updateSet } from "../../src/storage/sets.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { BACKENDS, type Place } from "./backends.js";

const session = (date: string, load: number, reps = 10): Session => ({
  date,
  readiness: { soreness: 2, fatigue: 3, sleepHours: 7.5 },
  notes: "felt good",
  exercises: [
    {
      exercise: "barbell-hip-thrust",
      sets: [
        { load: 20, reps: 10, warmup: true },
        { load, reps, rpe: 8, fullLockout: true, controlled: false, pain: 0 },
      ],
    },
    { exercise: "other:Nordic curl", sets: [{ load: 0, reps: 5 }] },
  ],
});

async function count(store: Store, table: "sessions" | "sets" | "exercise_entries" | "form_analyses") {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(BACKENDS)("store on $name", (backend) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await backend.fresh();
    store = await openStore(place.location);
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it("opens again on an existing store without re-running migrations", async () => {
    await createAthlete(store.db, "ann", "kg");
    await store.close();
    store = await openStore(place.location);
    expect((await ensureAthlete(store.db, "ann", "lb")).unit).toBe("kg");
  });

  it("keeps each load as entered and converts exactly on read", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    await addSession(store.db, athlete.id, session("2026-11-02", 135), "lb");
    const [inKg] = await readSessions(store.db, athlete.id, "kg");
    const work = inKg?.exercises[0]?.sets[1];
    expect(work).toMatchObject({ load: 61.23497, unit: "kg", entered: { load: 135, unit: "lb" } });
    const [inLb] = await readSessions(store.db, athlete.id, "lb");
    expect(inLb?.exercises[0]?.sets[1]?.load).toBe(135);
    expect(inLb?.exercises[0]?.sets[0]?.load).toBe(20);
  });

  it("reads back the log it was given, field for field", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    const input = [session("2026-11-05T18:30:00Z", 62.5), session("2026-11-02", 60)];
    for (const s of input) await addSession(store.db, athlete.id, s, "kg");
    await addSession(store.db, athlete.id, { date: "2026-11-04", readiness: { soreness: 8 } }, "kg");
    const log = await readLog(store.db, athlete.id, "kg");
    expect(log.sessions.map((s) => s.date)).toEqual(["2026-11-02", "2026-11-04", "2026-11-05T18:30:00Z"]);
    expect(log.sessions[0]).toEqual(input[1]);
    expect(log.sessions[2]).toEqual(input[0]);
    expect(log.sessions[1]).toEqual({ date: "2026-11-04", readiness: { soreness: 8 }, exercises: [] });
  });

  it("filters by day window and by the latest sessions", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    for (const day of ["2026-01-01", "2026-01-03", "2026-01-05", "2026-01-07"]) {
      await addSession(store.db, athlete.id, session(day, 50), "kg");
    }
    const latest = await readSessions(store.db, athlete.id, "kg", { latest: 2 });
    expect(latest.map((s) => s.date)).toEqual(["2026-01-05", "2026-01-07"]);
    const window = await readSessions(store.db, athlete.id, "kg", { from: "2026-01-03", to: "2026-01-05" });
    expect(window.map((s) => s.date)).toEqual(["2026-01-03", "2026-01-05"]);
  });

  it("logs sets into the day's hand-logged session and merges check-ins", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    const origin = { source: "strong", externalKey: "k1" };
    await importSessions(store.db, athlete.id, [{ session: session("2026-11-20", 40), origin }], "kg");
    const set = { load: 60, reps: 10, rpe: 8 };
    const a = await logToDay(store.db, athlete.id, {
      date: "2026-11-20",
      readiness: { soreness: 6 },
      unit: "kg",
    });
    const b = await logToDay(store.db, athlete.id, {
      date: "2026-11-20",
      exercise: "barbell-hip-thrust",
      set,
      readiness: { fatigue: 4 },
      unit: "kg",
    });
    await logToDay(store.db, athlete.id, {
      date: "2026-11-20",
      exercise: "barbell-hip-thrust",
      set,
      unit: "kg",
    });
    expect(b.sessionId).toBe(a.sessionId);
    const [mine] = await readSessions(store.db, athlete.id, "kg", { id: a.sessionId });
    expect(mine?.readiness).toEqual({ soreness: 6, fatigue: 4 });
    expect(mine?.exercises).toHaveLength(1);
    expect(mine?.exercises[0]?.sets.map((s) => s.load)).toEqual([60, 60]);
    expect(await count(store, "sessions")).toBe(2);
  });

  it("imports idempotently, and all or nothing", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    const items: ImportItem[] = [1, 2, 3].map((n) => ({
      session: session(`2026-10-0${n}`, 50 + n),
      origin: { source: "hevy", externalKey: `w${n}` },
    }));
    expect(await importSessions(store.db, athlete.id, items, "kg")).toEqual({ added: 3, skipped: 0 });
    expect(await importSessions(store.db, athlete.id, items, "kg")).toEqual({ added: 0, skipped: 3 });
    const broken = {
      session: {
        date: "2026-10-09",
        exercises: [{ exercise: "glute-bridge", sets: [{ load: 1, reps: null }] }],
      },
      origin: { source: "hevy", externalKey: "w9" },
    } as unknown as ImportItem;
    const fresh = { session: session("2026-10-08", 70), origin: { source: "hevy", externalKey: "w8" } };
    const before = [await count(store, "sessions"), await count(store, "sets")];
    await expect(importSessions(store.db, athlete.id, [fresh, broken], "kg")).rejects.toThrow();
    expect([await count(store, "sessions"), await count(store, "sets")]).toEqual(before);
  });

  it("replaces and deletes sessions and sets of the right athlete only", async () => {
    const ann = await createAthlete(store.db, "ann", "kg");
    const bob = await createAthlete(store.db, "bob", "lb");
    const id = await addSession(store.db, ann.id, session("2026-11-02", 60), "kg");
    await expect(deleteSession(store.db, bob.id, id)).rejects.toMatchObject({ name: "NotFoundError" });
    await replaceSession(store.db, ann.id, id, { date: "2026-11-03", exercises: [] }, "kg");
    expect(await readLog(store.db, ann.id, "kg")).toEqual({
      sessions: [{ date: "2026-11-03", exercises: [] }],
    });
    expect(await count(store, "sets")).toBe(0);

    const logged = await logToDay(store.db, ann.id, {
      date: "2026-11-04",
      exercise: "glute-bridge",
      set: { load: 0, reps: 15 },
      unit: "kg",
    });
    const setId = logged.set?.id as number;
    await updateSet(store.db, ann.id, setId, { load: 10, reps: 12, fullLockout: false }, "lb");
    expect(await findSet(store.db, ann.id, setId, "lb")).toMatchObject({
      load: 10,
      reps: 12,
      fullLockout: false,
      exercise: "glute-bridge",
      date: "2026-11-04",
    });
    await expect(findSet(store.db, bob.id, setId, "kg")).rejects.toMatchObject({ field: "set" });
    await deleteSet(store.db, ann.id, setId);
    expect(await count(store, "exercise_entries")).toBe(0);
  });

  it("deletes everything of an athlete with them, analyses included", async () => {
    const ann = await createAthlete(store.db, "ann", "kg");
    await saveProfile(store.db, ann.id, {
      unit: "kg",
      experience: "novice",
      goal: "strength",
      daysPerWeek: 2,
      equipment: [],
    });
    const logged = await logToDay(store.db, ann.id, {
      date: "2026-11-04",
      exercise: "glute-bridge",
      set: { load: 0, reps: 15 },
      unit: "kg",
    });
    await addAnalysis(store.db, logged.set?.id as number, { repCount: 15 });
    expect((await listAnalyses(store.db, logged.set?.id as number)).items).toMatchObject([
      { analysis: { repCount: 15 } },
    ]);
    await deleteAthlete(store.db, ann);
    for (const table of ["sessions", "sets", "exercise_entries", "form_analyses"] as const) {
      expect(await count(store, table)).toBe(0);
    }
    expect(await getProfile(store.db, ann.id)).toBeNull();
  });

  it("refuses a second athlete with the same name", async () => {
    const ann = await createAthlete(store.db, "ann", "kg");
    await createAthlete(store.db, "bob", "kg");
    await expect(createAthlete(store.db, "ann", "lb")).rejects.toMatchObject({ name: "ConflictError" });
    await expect(updateAthlete(store.db, ann, { name: "bob" })).rejects.toMatchObject({ field: "name" });
    expect((await updateAthlete(store.db, ann, { unit: "lb" })).unit).toBe("lb");
  });

  it.runIf(backend.name === "sqlite")("runs SQLite in WAL mode with foreign keys on", async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });
});
