// Issue 9: every route of the OpenAPI document, sent bad requests (wrong types, out-of-bound numbers,
// huge strings and arrays, deep bodies, invalid UTF-8, NUL, unknown fields, bad ids and cursors) and
// raced (delete-vs-log, rename, replace): always a 4xx with `{ error, issues }`, never a 5xx, and
// nothing stored changes on a refused request. Seeded: every run sends the same requests.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/contract/analysis.js";
import { keypointsFileSchema } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { buildServer } from "../../src/server/app.js";
import { isPublic } from "../../src/server/auth/public.js";
import { isCreateRoute } from "../../src/server/idempotency.js";
import { BODY_LIMIT } from "../../src/server/limits.js";
import { openStore } from "../../src/storage/store.js";
import { BACKENDS } from "../storage/backends.js";
import {
  type BadRequest,
  badRequests,
  type Context,
  key,
  type Operation,
  operationsOf,
  pick,
  random,
  urlOf,
} from "./fuzz-cases.js";
import { orphans, storeHash } from "./fuzz-store.js";
import { addUser, type Harness, harness, PASSWORD, PROFILE } from "./harness.js";

/** Bad requests sent per operation at most (all path and query cases, then a sample of body cases). */
const PER_OPERATION = 80;
const SEED = 20261202;

/** The document every build of the server serves; read once, to name one test per operation. */
async function openApiOperations(): Promise<Operation[]> {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-fuzz-doc-"));
  const store = await openStore({ dataDir: dir });
  const app = await buildServer({ store });
  try {
    return operationsOf((await app.inject({ method: "GET", url: "/api/openapi.json" })).json());
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const OPERATIONS = await openApiOperations();

const SET = { date: "2026-11-02", exercise: "barbell-hip-thrust", load: 60, reps: 10, rpe: 8 };
const SESSION = {
  date: "2026-11-03",
  readiness: { soreness: 2, fatigue: 3, sleepHours: 7.5 },
  exercises: [{ exercise: "barbell-hip-thrust", sets: [{ load: 60, reps: 10, rpe: 8, band: "red" }] }],
  notes: "felt fine",
};
/** A real analysis (with reps: one without says nothing about a set and is not attached). */
const ANALYSIS: Analysis = analyzeKeypoints(
  keypointsFileSchema.parse(
    JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8")),
  ),
);
const STRONG = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2024-05-01 07:15:00,"Lower",1h 2m,"Hip Thrust (Barbell)",1,60.0,10.0,0,0,"","",8',
].join("\n");

/** A valid body per operation: each bad request breaks one thing of it. */
const BODIES: Record<string, unknown> = {
  "POST /api/athletes": { name: "cara", unit: "kg" },
  "PATCH /api/athletes/{athlete}": { unit: "kg" },
  "PUT /api/athletes/{athlete}/profile": PROFILE,
  "POST /api/athletes/{athlete}/sessions": SESSION,
  "PUT /api/athletes/{athlete}/sessions/{id}": SESSION,
  "POST /api/athletes/{athlete}/sets": SET,
  "POST /api/athletes/{athlete}/sessions/{id}/sets": { exercise: "glute-bridge", load: 40, reps: 12 },
  "PUT /api/athletes/{athlete}/sets/{id}": { load: 62.5, reps: 9, rpe: 8.5 },
  "POST /api/athletes/{athlete}/analyses": { fps: 30, frames: [] },
  "POST /api/athletes/{athlete}/sets/{id}/analyses": ANALYSIS,
  "POST /api/next": { profile: PROFILE, log: { sessions: [SESSION] }, date: "2026-11-05" },
  "POST /api/plan": { profile: PROFILE, weeks: 4 },
  "POST /api/decide": { profile: PROFILE },
  "POST /api/athletes/{athlete}/plans": { weeks: 4 },
  "PUT /api/athletes/{athlete}/days/{date}/readiness": {
    soreness: 3,
    fatigue: 2,
    sleepHours: 8,
    cleared: true,
  },
  "POST /api/athletes/{athlete}/import/preview": { fileName: "strong.csv", text: STRONG, unit: "kg" },
  "POST /api/athletes/{athlete}/import": { fileName: "strong.csv", text: STRONG, unit: "kg" },
  "POST /api/auth/setup": { username: "second", password: PASSWORD },
  "POST /api/auth/login": { username: "owner", password: PASSWORD },
  "PUT /api/auth/password": { current: PASSWORD, password: PASSWORD },
  "POST /api/auth/tokens": { name: "fuzz" },
  "POST /api/users": { username: "dana", password: PASSWORD, role: "athlete", athlete: "bob" },
  "PATCH /api/users/{username}": { role: "coach", athlete: null },
  "PUT /api/users/{username}/athletes": { athletes: ["ann", "bob"] },
};

/**
 * Valid bodies these routes refuse anyway: a keypoints file the analysis refuses (422), and a
 * second owner once there is one (409).
 */
const NOT_A_VALID_BODY = new Set(["POST /api/athletes/{athlete}/analyses", "POST /api/auth/setup"]);

interface Counts {
  requests: number;
  "2xx": number;
  "4xx": number;
  "5xx": number;
  unchanged: number;
}

/** A bearer token of the right shape that no one was given. */
const BOGUS_TOKEN = { authorization: `Bearer ht_${"A".repeat(43)}` };

/**
 * Where authentication is added: every request the suite sends goes through here, as the owner
 * (the harness's token) unless the case says otherwise.
 */
function send(
  h: Harness,
  request: InjectOptions,
  auth?: BadRequest["auth"],
): Promise<LightMyRequestResponse> {
  if (auth === undefined) return h.inject(request);
  return h.app.inject({ ...request, headers: { ...request.headers, ...(auth === "bogus" && BOGUS_TOKEN) } });
}

describe.each(BACKENDS)("fuzz on $name", (backend) => {
  let h: Harness;
  const counts: Counts = { requests: 0, "2xx": 0, "4xx": 0, "5xx": 0, unchanged: 0 };
  let hash = "";

  const request = async (options: InjectOptions, auth?: BadRequest["auth"]) => {
    const res = await send(h, options, auth);
    counts.requests++;
    const family = res.statusCode >= 500 ? "5xx" : res.statusCode >= 400 ? "4xx" : "2xx";
    counts[family]++;
    return res;
  };

  /** Ids of stored things, looked up afresh: replacing a session gives its sets new ids. */
  async function params(op: Operation): Promise<Record<string, string>> {
    const db = h.store.db;
    const ann = await db.selectFrom("athletes").select("id").where("name", "=", "ann").executeTakeFirst();
    const athleteId = ann?.id ?? -1;
    const session = await db
      .selectFrom("sessions")
      .select("id")
      .where("athlete_id", "=", athleteId)
      .orderBy("id", "desc")
      .executeTakeFirst();
    const set = await db
      .selectFrom("sets")
      .innerJoin("exercise_entries as e", "e.id", "sets.entry_id")
      .innerJoin("sessions as s", "s.id", "e.session_id")
      .select("sets.id")
      .where("s.athlete_id", "=", athleteId)
      .orderBy("sets.id", "desc")
      .executeTakeFirst();
    const plan = await db
      .selectFrom("plans")
      .select("id")
      .where("athlete_id", "=", athleteId)
      .executeTakeFirst();
    const id = op.path.includes("/sessions/{id}")
      ? session?.id
      : op.path.includes("/sets/{id}")
        ? set?.id
        : op.path.includes("/plans/{id}")
          ? plan?.id
          : "glute-bridge";
    return {
      username: "cody",
      athlete: "ann",
      id: String(id ?? 1),
      date: "2026-11-02",
      job: "5f0c6f8e-1f1e-4c3b-9d2a-0a1b2c3d4e5f",
    };
  }

  beforeAll(async () => {
    h = await harness(backend);
    const ok = async (method: InjectOptions["method"], url: string, payload: object) => {
      const res = await request({ method, url, payload });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.json();
    };
    await ok("POST", "/api/athletes", { name: "ann" });
    await ok("PUT", "/api/athletes/ann/profile", PROFILE);
    const logged = await ok("POST", "/api/athletes/ann/sets", SET);
    await ok("POST", `/api/athletes/ann/sets/${logged.set.id}/analyses`, ANALYSIS);
    await ok("POST", "/api/athletes/ann/plans", { weeks: 4 });
    await ok("POST", "/api/athletes", { name: "bob", unit: "lb" });
    await addUser(h.store, "cody", "coach", { athletes: ["ann"] });
    hash = await storeHash(h.store);
  });

  afterAll(async () => {
    // The closing note of issue 9 quotes these.
    console.log(
      `fuzz on ${backend.name}: ${counts.requests} requests, ${counts["2xx"]} 2xx, ${counts["4xx"]} 4xx, ` +
        `${counts["5xx"]} 5xx, ${counts.unchanged} unchanged-store checks`,
    );
    await h?.close();
  });

  const expectRefused = (res: LightMyRequestResponse, what: string) => {
    expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    expect(String(res.headers["content-type"]), what).toContain("application/json");
    const body = res.json();
    expect(body, what).toEqual({
      error: expect.any(String),
      issues: expect.any(Array),
    });
    for (const issue of body.issues)
      expect(issue, what).toEqual({ field: expect.any(String), problem: expect.any(String) });
  };

  async function sendBad(bad: BadRequest) {
    const what = `${bad.kind}: ${bad.method} ${bad.url.slice(0, 120)}`;
    const res = await request(
      {
        method: bad.method as InjectOptions["method"],
        url: bad.url,
        ...(bad.payload !== undefined && {
          payload:
            typeof bad.payload === "string" || Buffer.isBuffer(bad.payload)
              ? bad.payload
              : JSON.stringify(bad.payload),
        }),
        ...(bad.headers && { headers: bad.headers }),
      },
      bad.auth,
    );
    if (bad.mayPass && res.statusCode < 400) {
      expect(res.statusCode, what).toBeLessThan(300);
      expect(res.body, `${what}: an ignored field comes back`).not.toContain("unknownField");
      hash = await storeHash(h.store);
      return;
    }
    expectRefused(res, what);
    if (bad.auth) expect(res.statusCode, what).toBe(401);
    const after = await storeHash(h.store);
    expect(after, `${what}: the store changed`).toBe(hash);
    counts.unchanged++;
  }

  it.each(OPERATIONS.map((op) => [key(op), op] as const))("%s", async (_name, op) => {
    hash = await storeHash(h.store);
    const context: Context = {
      params: await params(op),
      bodies: BODIES,
      bodyLimit: () => BODY_LIMIT,
      isCreate: (o) => isCreateRoute(o.method, o.path),
    };
    // The valid request first: each bad one below differs from it in one thing only.
    const valid = BODIES[key(op)];
    if (valid !== undefined && !NOT_A_VALID_BODY.has(key(op))) {
      const res = await request({
        method: op.method as InjectOptions["method"],
        url: urlOf(op, context.params),
        payload: valid as object,
      });
      expect(res.statusCode, `${key(op)} with its valid body: ${res.body}`).toBeLessThan(300);
      hash = await storeHash(h.store);
      context.params = await params(op);
    }
    const all = badRequests(op, context);
    // Every private route refuses a request without credentials, or with a token no one was given.
    const route = op.path.replace(/\{(\w+)\}/g, ":$1");
    if (!isPublic(op.method, route)) {
      const url = urlOf(op, context.params);
      const payload =
        valid === undefined ? {} : { payload: valid, headers: { "content-type": "application/json" } };
      for (const auth of ["none", "bogus"] as const)
        await sendBad({ method: op.method, url, kind: `auth ${auth}`, auth, ...payload });
    }
    const rand = random(SEED ^ [...key(op)].reduce((a, c) => (a * 31 + c.charCodeAt(0)) | 0, 0));
    for (const bad of pick(all, PER_OPERATION, rand)) await sendBad(bad);
  });

  it("answers concurrent deletes and logs to the same athlete with 404, never 500", async () => {
    for (let round = 0; round < 15; round++) {
      const name = `del-${round}`;
      expect((await request({ method: "POST", url: "/api/athletes", payload: { name } })).statusCode).toBe(
        201,
      );
      const logs = Array.from({ length: 8 }, (_, n) =>
        request({ method: "POST", url: `/api/athletes/${name}/sets`, payload: { ...SET, reps: 1 + n } }),
      );
      const deleted = request({ method: "DELETE", url: `/api/athletes/${name}` });
      const results = await Promise.all([...logs, deleted]);
      for (const res of results.slice(0, -1)) expect([201, 404], res.body).toContain(res.statusCode);
      expect([204, 404]).toContain(results.at(-1)?.statusCode);
    }
    expect(await orphans(h.store)).toBe(0);
    hash = await storeHash(h.store);
  });

  it("answers concurrent renames with 200, 404 or 409, and the log follows the athlete", async () => {
    for (let round = 0; round < 15; round++) {
      const name = `ren-${round}`;
      await request({ method: "POST", url: "/api/athletes", payload: { name } });
      const results = await Promise.all([
        request({ method: "PATCH", url: `/api/athletes/${name}`, payload: { name: `${name}-a` } }),
        request({ method: "PATCH", url: `/api/athletes/${name}`, payload: { name: `${name}-b` } }),
        request({ method: "PATCH", url: `/api/athletes/${name}`, payload: { name: "ann" } }),
        request({ method: "POST", url: `/api/athletes/${name}/sets`, payload: SET }),
        request({ method: "GET", url: `/api/athletes/${name}/sessions` }),
      ]);
      for (const res of results.slice(0, 3)) expect([200, 404, 409], res.body).toContain(res.statusCode);
      expect([201, 404], results[3]?.body).toContain(results[3]?.statusCode);
      expect([200, 404], results[4]?.body).toContain(results[4]?.statusCode);
      // Exactly one rename (or none) took: the athlete is stored under one name.
      const names = await h.store.db
        .selectFrom("athletes")
        .select("name")
        .where("name", "like", `${name}%`)
        .execute();
      expect(names).toHaveLength(1);
    }
    expect(await orphans(h.store)).toBe(0);
    hash = await storeHash(h.store);
  });

  it("answers a session replaced while sets are added and it is deleted with 2xx or 404", async () => {
    for (let round = 0; round < 15; round++) {
      const made = await request({ method: "POST", url: "/api/athletes/bob/sessions", payload: SESSION });
      expect(made.statusCode).toBe(201);
      const id = made.json().id;
      const url = `/api/athletes/bob/sessions/${id}`;
      const results = await Promise.all([
        request({ method: "PUT", url, payload: { ...SESSION, notes: "replaced" } }),
        request({ method: "PUT", url, payload: { ...SESSION, notes: "again" } }),
        request({
          method: "POST",
          url: `${url}/sets`,
          payload: { exercise: "glute-bridge", load: 40, reps: 12 },
        }),
        request({ method: "DELETE", url }),
        request({ method: "GET", url }),
      ]);
      for (const res of results) expect([200, 201, 204, 404], res.body).toContain(res.statusCode);
    }
    expect(await orphans(h.store)).toBe(0);
    hash = await storeHash(h.store);
  });

  it("stores one athlete for concurrent creates of one name; the others get 409", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        request({ method: "POST", url: "/api/athletes", payload: { name: "twin" } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const res of results.filter((r) => r.statusCode === 409)) expectRefused(res, "duplicate name");
    expect(counts["5xx"]).toBe(0);
  });
});
