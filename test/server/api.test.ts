import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decide } from "../../src/core/decide.js";
import { recommendNext } from "../../src/core/next/recommend.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { Profile } from "../../src/core/types.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { BACKENDS } from "../storage/backends.js";
import { type Harness, harness, PROFILE } from "./harness.js";

const set = (date: string, load: number, reps: number, extra: object = {}) => ({
  date,
  exercise: "barbell-hip-thrust",
  load,
  reps,
  rpe: 8,
  fullLockout: true,
  controlled: true,
  pain: 0,
  ...extra,
});

describe.each(BACKENDS)("HTTP API on $name", (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(backend);
    expect((await h.call("POST", "/api/athletes", { name: "ann" })).status).toBe(201);
  });
  afterEach(() => h.close());

  it("answers health, the OpenAPI document, the docs and the home page", async () => {
    expect(await h.call("GET", "/api/health")).toEqual({
      status: 200,
      body: { status: "ok", backend: backend.name },
    });
    const spec = await h.call("GET", "/api/openapi.json");
    expect(spec.body.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/athletes",
      "/api/athletes/{athlete}/sessions/{id}",
      "/api/athletes/{athlete}/sets",
      "/api/athletes/{athlete}/next",
      "/api/athletes/{athlete}/analytics/e1rm",
      "/api/exercises",
      "/api/evidence",
    ]) {
      expect(spec.body.paths, path).toHaveProperty([path]);
    }
    expect(spec.body.paths["/api/athletes/{athlete}/sets"].post.requestBody).toBeDefined();
    const docs = await h.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
    const home = await h.call("GET", "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain('href="/api/docs"');
  });

  it("creates, lists, renames and deletes athletes", async () => {
    expect((await h.call("POST", "/api/athletes", { name: "bob", unit: "lb" })).body).toMatchObject({
      name: "bob",
      unit: "lb",
    });
    expect((await h.call("POST", "/api/athletes", { name: "bob" })).status).toBe(409);
    expect((await h.call("GET", "/api/athletes")).body.map((a: { name: string }) => a.name)).toEqual([
      "ann",
      "bob",
    ]);
    expect((await h.call("PATCH", "/api/athletes/bob", { name: "rob" })).body.name).toBe("rob");
    expect((await h.call("GET", "/api/athletes/rob")).status).toBe(200);
    expect((await h.call("DELETE", "/api/athletes/rob")).status).toBe(204);
    const gone = await h.call("GET", "/api/athletes/rob");
    expect(gone.status).toBe(404);
    expect(gone.body.issues[0].field).toBe("athlete");
  });

  it("stores, shows and deletes a profile", async () => {
    expect((await h.call("GET", "/api/athletes/ann/profile")).status).toBe(404);
    expect((await h.call("PUT", "/api/athletes/ann/profile", PROFILE)).body).toEqual(PROFILE);
    expect((await h.call("GET", "/api/athletes/ann/profile")).body).toEqual(PROFILE);
    expect((await h.call("DELETE", "/api/athletes/ann/profile")).status).toBe(204);
    expect((await h.call("GET", "/api/athletes/ann/profile")).status).toBe(404);
  });

  it("logs sets into the day's session and shows loads in the profile's unit", async () => {
    await h.call("PUT", "/api/athletes/ann/profile", PROFILE);
    const first = await h.call("POST", "/api/athletes/ann/sets", {
      ...set("2026-11-02", 135, 10),
      unit: "lb",
    });
    expect(first.status).toBe(201);
    expect(first.body.set).toMatchObject({ load: 61.23497, unit: "kg", entered: { load: 135, unit: "lb" } });
    const second = await h.call("POST", "/api/athletes/ann/sets", set("2026-11-02", 62.5, 9));
    expect(second.body.sessionId).toBe(first.body.sessionId);
    // The answer is the set as stored: what reading it back gives, for a new session and an existing one.
    for (const logged of [first, second])
      expect((await h.call("GET", `/api/athletes/ann/sets/${logged.body.set.id}`)).body).toEqual(
        logged.body.set,
      );

    await h.call("PUT", "/api/athletes/ann/profile", { ...PROFILE, unit: "lb" });
    const session = await h.call("GET", `/api/athletes/ann/sessions/${first.body.sessionId}`);
    expect(session.body.exercises[0].sets.map((s: { load: number }) => s.load)).toEqual([135, 137.788914]);
  });

  it("adds, reads, replaces and deletes sessions and sets", async () => {
    const created = await h.call("POST", "/api/athletes/ann/sessions", {
      date: "2026-11-03",
      readiness: { soreness: 3 },
      notes: "gym",
      exercises: [{ exercise: "glute-bridge", sets: [{ load: 0, reps: 15 }] }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ date: "2026-11-03", readiness: { soreness: 3 }, notes: "gym" });

    const added = await h.call("POST", `/api/athletes/ann/sessions/${id}/sets`, {
      exercise: "barbell-hip-thrust",
      load: 60,
      reps: 10,
    });
    expect(added.status).toBe(201);
    const setId = added.body.id;
    const fixed = await h.call("PUT", `/api/athletes/ann/sets/${setId}`, { load: 65, reps: 8, rpe: 9 });
    expect(fixed.body).toMatchObject({
      id: setId,
      load: 65,
      reps: 8,
      rpe: 9,
      exercise: "barbell-hip-thrust",
    });
    expect((await h.call("GET", `/api/athletes/ann/sets/${setId}`)).body.load).toBe(65);

    const list = await h.call("GET", "/api/athletes/ann/sessions?from=2026-11-01&to=2026-11-30");
    expect(list.body).toHaveLength(1);
    expect(list.body[0].exercises.map((e: { exercise: string }) => e.exercise)).toEqual([
      "glute-bridge",
      "barbell-hip-thrust",
    ]);

    expect((await h.call("DELETE", `/api/athletes/ann/sets/${setId}`)).status).toBe(204);
    expect((await h.call("GET", `/api/athletes/ann/sets/${setId}`)).status).toBe(404);

    const replaced = await h.call("PUT", `/api/athletes/ann/sessions/${id}`, {
      date: "2026-11-04",
      exercises: [],
    });
    expect(replaced.body).toEqual({ id, date: "2026-11-04", exercises: [] });
    expect((await h.call("DELETE", `/api/athletes/ann/sessions/${id}`)).status).toBe(204);
    expect((await h.call("GET", `/api/athletes/ann/sessions/${id}`)).status).toBe(404);
  });

  it("keeps one athlete's records out of another's reach", async () => {
    await h.call("POST", "/api/athletes", { name: "bob" });
    const logged = await h.call("POST", "/api/athletes/ann/sets", set("2026-11-02", 60, 10));
    expect((await h.call("GET", `/api/athletes/bob/sets/${logged.body.set.id}`)).status).toBe(404);
    expect((await h.call("DELETE", `/api/athletes/bob/sessions/${logged.body.sessionId}`)).status).toBe(404);
    expect((await h.call("GET", "/api/athletes/bob/sessions")).body).toEqual([]);
  });

  it("answers next, plan and decide with the core's own answers", async () => {
    const noProfile = await h.call("GET", "/api/athletes/ann/next?date=2026-11-10");
    expect(noProfile.status).toBe(409);
    expect(noProfile.body.issues[0].field).toBe("profile");

    await h.call("PUT", "/api/athletes/ann/profile", PROFILE);
    for (const day of ["2026-11-02", "2026-11-04", "2026-11-06"]) {
      for (let i = 0; i < 3; i++) await h.call("POST", "/api/athletes/ann/sets", set(day, 60, 12));
    }
    const work = { load: 60, reps: 12, rpe: 8, fullLockout: true, controlled: true, pain: 0 };
    const sessions = ["2026-11-02", "2026-11-04", "2026-11-06"].map((date) => ({
      date,
      exercises: [{ exercise: "barbell-hip-thrust", sets: [work, work, work] }],
    }));
    const profile = PROFILE as unknown as Profile;
    const expected = JSON.parse(JSON.stringify(recommendNext(profile, { sessions }, "2026-11-09")));
    const next = await h.call("GET", "/api/athletes/ann/next?date=2026-11-09");
    expect(next.body).toEqual(expected);
    expect(next.body.change).toBe("increase-load");
    expect((await h.call("GET", "/api/athletes/ann/plan?weeks=2")).body).toEqual(
      JSON.parse(JSON.stringify(buildPlan(profile, { weeks: 2 }))),
    );
    expect((await h.call("GET", "/api/athletes/ann/decide")).body).toEqual(
      JSON.parse(JSON.stringify(decide(profile))),
    );
    const stateless = await h.call("POST", "/api/next", {
      profile: PROFILE,
      log: { sessions },
      date: "2026-11-09",
    });
    expect(stateless.body).toEqual(expected);
    expect((await h.call("POST", "/api/decide", { profile: PROFILE })).body.verdict).toBe(
      decide(profile).verdict,
    );
    expect((await h.call("POST", "/api/plan", { profile: PROFILE })).body.weeks).toHaveLength(4);
  });

  it("stores plans built from the profile", async () => {
    await h.call("PUT", "/api/athletes/ann/profile", PROFILE);
    const created = await h.call("POST", "/api/athletes/ann/plans", { weeks: 3 });
    expect(created.status).toBe(201);
    expect(created.body.plan.weeks).toHaveLength(3);
    expect((await h.call("GET", "/api/athletes/ann/plans")).body).toEqual([
      { id: created.body.id, weeks: 3, createdAt: created.body.createdAt },
    ]);
    expect((await h.call("GET", `/api/athletes/ann/plans/${created.body.id}`)).body).toEqual(created.body);
    expect((await h.call("DELETE", `/api/athletes/ann/plans/${created.body.id}`)).status).toBe(204);
    expect((await h.call("GET", `/api/athletes/ann/plans/${created.body.id}`)).status).toBe(404);
  });

  it("attaches form analyses to a set", async () => {
    const logged = await h.call("POST", "/api/athletes/ann/sets", set("2026-11-02", 60, 10));
    const keypoints = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8"),
    );
    const analysis = analyzeKeypoints(keypoints);
    const url = `/api/athletes/ann/sets/${logged.body.set.id}/analyses`;
    expect((await h.call("POST", url, analysis)).status).toBe(201);
    expect((await h.call("GET", url)).body).toMatchObject([
      { setId: logged.body.set.id, analysis: { repCount: analysis.repCount, cues: analysis.cues } },
    ]);
  });

  it("computes analytics from the stored log", async () => {
    for (const [day, load] of [
      ["2026-11-02", 60],
      ["2026-11-04", 62.5],
    ] as const) {
      await h.call("POST", "/api/athletes/ann/sets", set(day, load, 10));
    }
    const e1rm = await h.call("GET", "/api/athletes/ann/analytics/e1rm?exercise=barbell-hip-thrust");
    expect(e1rm.body.map((p: { day: string }) => p.day)).toEqual(["2026-11-02", "2026-11-04"]);
    expect(e1rm.body[1].value).toBeGreaterThan(e1rm.body[0].value);
    const records = await h.call("GET", "/api/athletes/ann/analytics/records");
    expect(records.body[0].heaviest).toEqual({ load: 62.5, reps: 10, day: "2026-11-04" });
    const weekly = await h.call("GET", "/api/athletes/ann/analytics/weekly-sets?date=2026-11-04&weeks=2");
    expect(weekly.body).toHaveLength(2);
    expect(Object.values(weekly.body[0].muscles).length).toBeGreaterThan(0);
    const volume = await h.call("GET", "/api/athletes/ann/analytics/volume?date=2026-11-04");
    expect(volume.body).toMatchObject({ thisWeek: 2, spike: false });
  });

  it("serves the exercise library and the evidence", async () => {
    const exercises = await h.call("GET", "/api/exercises");
    expect(exercises.body.map((e: { id: string }) => e.id)).toContain("barbell-hip-thrust");
    expect((await h.call("GET", "/api/exercises/glute-bridge")).body.pattern).toBe("hip-thrust");
    expect((await h.call("GET", "/api/exercises/nope")).status).toBe(404);
    const evidence = await h.call("GET", "/api/evidence");
    expect(evidence.body.length).toBeGreaterThan(0);
    expect(evidence.body[0].strength).toBe("strong");
  });
});
