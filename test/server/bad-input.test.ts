// Every route family turns bad input into a 4xx JSON body naming the field, and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../storage/backends.js";
import { type Harness, harness, PROFILE } from "./harness.js";

type Case = [
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  body: unknown,
  status: number,
  field: string,
];

const SET = { date: "2026-11-02", exercise: "barbell-hip-thrust", load: 60, reps: 10 };

const CASES: Case[] = [
  ["POST", "/api/athletes", { name: "a/b" }, 400, "name"],
  ["POST", "/api/athletes", { name: "ann", unit: "stone" }, 400, "unit"],
  ["PATCH", "/api/athletes/ann", { unit: "st" }, 400, "unit"],
  ["GET", "/api/athletes/-ann", undefined, 400, "athlete"],
  ["PUT", "/api/athletes/ann/profile", { ...PROFILE, experience: "pro" }, 400, "experience"],
  ["PUT", "/api/athletes/ann/profile", { ...PROFILE, daysPerWeek: undefined }, 400, "daysPerWeek"],
  ["POST", "/api/athletes/ann/sessions", { date: "2026-13-40" }, 400, "date"],
  [
    "POST",
    "/api/athletes/ann/sessions",
    {
      date: "2026-11-02",
      exercises: [{ exercise: "barbell-hip-thrust", sets: [{ load: 60, reps: 8, rpe: 11 }] }],
    },
    400,
    "exercises[0].sets[0].rpe",
  ],
  ["GET", "/api/athletes/ann/sessions?latest=0", undefined, 400, "latest"],
  ["GET", "/api/athletes/ann/sessions/abc", undefined, 400, "id"],
  ["PUT", "/api/athletes/ann/sessions/1", { exercises: [] }, 400, "date"],
  ["POST", "/api/athletes/ann/sets", { ...SET, exercise: undefined }, 400, "exercise"],
  ["POST", "/api/athletes/ann/sets", { ...SET, load: "heavy" }, 400, "load"],
  ["POST", "/api/athletes/ann/sets", { ...SET, exercise: "leg-extension" }, 400, "exercise"],
  ["POST", "/api/athletes/ann/sets", { ...SET, load: -5 }, 400, "load"],
  ["POST", "/api/athletes/ann/sets", { ...SET, unit: "stone" }, 400, "unit"],
  ["POST", "/api/athletes/ann/sessions/1/sets", { exercise: "glute-bridge", load: 0 }, 400, "reps"],
  ["PUT", "/api/athletes/ann/sets/1", { load: 60, reps: -1 }, 400, "reps"],
  ["POST", "/api/athletes/ann/sets/1/analyses", { repCount: "many" }, 400, "repCount"],
  ["GET", "/api/athletes/ann/next?date=yesterday", undefined, 400, "date"],
  ["GET", "/api/athletes/ann/plan?weeks=99", undefined, 400, "weeks"],
  ["POST", "/api/next", { profile: PROFILE, date: "2026-11-02" }, 400, "log"],
  ["POST", "/api/plan", { profile: { ...PROFILE, goal: "bulk" } }, 400, "profile.goal"],
  ["POST", "/api/decide", {}, 400, "profile"],
  ["POST", "/api/athletes/ann/plans", { weeks: 0 }, 400, "weeks"],
  ["GET", "/api/athletes/ann/plans/0", undefined, 400, "id"],
  ["GET", "/api/athletes/ann/analytics/e1rm?exercise=nope", undefined, 400, "exercise"],
  ["GET", "/api/athletes/ann/analytics/weekly-sets?weeks=x", undefined, 400, "weeks"],
  ["GET", "/api/athletes/ann/analytics/volume?date=2026-02-30", undefined, 400, "date"],
  ["GET", "/api/athletes/ann/sessions/999", undefined, 404, "session"],
  ["PUT", "/api/athletes/ann/sets/999", { load: 1, reps: 1 }, 404, "set"],
  ["GET", "/api/exercises/nope", undefined, 404, "id"],
  // An unknown athlete is a 404 in every family.
  ["GET", "/api/athletes/zed", undefined, 404, "athlete"],
  ["PUT", "/api/athletes/zed/profile", PROFILE, 404, "athlete"],
  ["GET", "/api/athletes/zed/sessions", undefined, 404, "athlete"],
  ["POST", "/api/athletes/zed/sets", SET, 404, "athlete"],
  ["GET", "/api/athletes/zed/next", undefined, 404, "athlete"],
  ["GET", "/api/athletes/zed/plans", undefined, 404, "athlete"],
  ["GET", "/api/athletes/zed/analytics/records", undefined, 404, "athlete"],
];

describe.each(BACKENDS)("bad input on $name", (backend) => {
  let h: Harness;
  let before: Record<string, unknown>;
  const snapshot = async () => ({
    athletes: (await h.call("GET", "/api/athletes")).body,
    sessions: (await h.call("GET", "/api/athletes/ann/sessions")).body,
    profile: (await h.call("GET", "/api/athletes/ann/profile")).body,
  });
  beforeAll(async () => {
    h = await harness(backend);
    await h.call("POST", "/api/athletes", { name: "ann" });
    await h.call("PUT", "/api/athletes/ann/profile", PROFILE);
    await h.call("POST", "/api/athletes/ann/sets", SET);
    before = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toEqual(before);
    await h.close();
  });

  it.each(CASES)("%s %s → %i naming %s", async (method, url, body, status, field) => {
    const res = await h.call(method, url, body);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual(expect.any(String));
    expect(res.body.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it("tells a missing field from a wrong value", async () => {
    const missing = await h.call("POST", "/api/athletes/ann/sets", { ...SET, reps: undefined });
    expect(missing.body.issues).toContainEqual({ field: "reps", problem: "is required" });
    const wrong = await h.call("POST", "/api/athletes/ann/sets", { ...SET, reps: "ten" });
    const problem = wrong.body.issues.find((i: { field: string }) => i.field === "reps")?.problem;
    expect(problem).toMatch(/number/);
    expect(problem).not.toBe("is required");
  });

  it("rejects malformed JSON with a JSON 400", async () => {
    const res = await h.inject({
      method: "POST",
      url: "/api/athletes/ann/sets",
      headers: { "content-type": "application/json" },
      payload: '{"load": 60,',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: expect.any(String), issues: [{ field: "" }] });
  });

  it("rejects a body over its route's limit with a JSON 413 naming the limit", async () => {
    const notes = (size: number) => ({ date: "2026-11-05", notes: "x".repeat(size) });
    const big = await h.call("POST", "/api/athletes/ann/sessions", notes(1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.body.issues[0].problem).toContain("1 MiB");
    const set = await h.call("POST", "/api/athletes/ann/sets", { ...SET, band: "x".repeat(20 * 1024) });
    expect(set.status).toBe(413);
    expect(set.body.issues[0].problem).toContain("16 KiB");
  });

  it("bounds notes to 4000 characters", async () => {
    const long = await h.call("POST", "/api/athletes/ann/sessions", {
      date: "2026-11-05",
      notes: "x".repeat(4001),
    });
    expect(long.status).toBe(400);
    expect(long.body.issues).toContainEqual({ field: "notes", problem: "must be at most 4000 characters" });
  });

  it("answers an unknown route with a JSON 404", async () => {
    const res = await h.call("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error).toContain("/api/nothing-here");
  });
});
