// Issue 9: strict input, bounds, paging, idempotent creates and the rate limit, on every backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/storage/store.js";
import { BACKENDS } from "../storage/backends.js";
import { type Harness, harness, PROFILE } from "./harness.js";

const SET = { date: "2026-11-02", exercise: "barbell-hip-thrust", load: 60, reps: 10 };

describe.each(BACKENDS)("hardening on $name", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(backend);
    await h.call("POST", "/api/athletes", { name: "ann" });
    await h.call("PUT", "/api/athletes/ann/profile", PROFILE);
  });
  afterAll(() => h.close());

  const raw = (method: "POST" | "PUT", url: string, payload: Buffer | string, headers = {}) =>
    h.inject({ method, url, payload, headers: { "content-type": "application/json", ...headers } });

  it.each([
    ["/api/athletes/ann/sessions/1e3", "id"],
    ["/api/athletes/ann/sessions/0x10", "id"],
    ["/api/athletes/ann/sessions/2147483648", "id"],
    ["/api/athletes/ann/sessions?latest=1e3", "latest"],
    ["/api/athletes/ann/plan?weeks=4.0", "weeks"],
    ["/api/athletes/ann/sessions?limit=1001", "limit"],
    ["/api/athletes/ann/sessions?cursor=bm90LWEtY3Vyc29y", "cursor"],
  ])("refuses %s naming %s", async (url, field) => {
    const res = await h.call("GET", url);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it("takes numbers and booleans only as JSON numbers and booleans", async () => {
    for (const [body, field] of [
      [{ weeks: true }, "weeks"],
      [{ weeks: "4" }, "weeks"],
    ] as const) {
      const res = await h.call("POST", "/api/athletes/ann/plans", body);
      expect(res.status).toBe(400);
      expect(res.body.issues[0].field).toBe(field);
    }
    const flag = await h.call("POST", "/api/athletes/ann/sets", { ...SET, warmup: "true" });
    expect(flag.body.issues[0].field).toBe("warmup");
  });

  it("refuses invalid UTF-8 and NUL with a 400 naming the field", async () => {
    const bad = Buffer.concat([
      Buffer.from('{"date":"2026-11-03","notes":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const utf8 = await raw("POST", "/api/athletes/ann/sessions", bad);
    expect(utf8.statusCode).toBe(400);
    expect(utf8.json().issues[0].problem).toContain("UTF-8");
    const nul = await h.call("POST", "/api/athletes/ann/sessions", { date: "2026-11-03", notes: "a\u0000b" });
    expect(nul.status).toBe(400);
    expect(nul.body.issues[0]).toEqual({ field: "notes", problem: "must not contain the NUL character" });
    const deep = await raw(
      "POST",
      "/api/athletes/ann/sets/1/analyses",
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
    );
    expect(deep.statusCode).toBe(400);
    expect((await h.call("GET", "/api/athletes/ann/sessions")).body).toEqual([]);
  });

  it("bounds plates: count, size and step, and answers next fast with the finest allowed", async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => (i + 1) * 0.5);
    for (const plates of [tooMany, [0.001], [1e308], [0.07]]) {
      const res = await h.call("POST", "/api/next", {
        profile: { ...PROFILE, plates },
        log: { sessions: [] },
        date: "2026-11-02",
      });
      expect(res.status).toBe(400);
      expect(res.body.issues[0].field).toMatch(/^profile\.plates/);
    }
    const finest = Array.from({ length: 20 }, (_, i) => Math.round((99.95 - i * 0.05) * 100) / 100);
    const res = await h.call("POST", "/api/next", {
      profile: { ...PROFILE, plates: finest },
      log: {
        sessions: [
          {
            date: "2026-10-30",
            exercises: [
              {
                exercise: "barbell-hip-thrust",
                sets: [{ load: 100, reps: 10, rpe: 7, fullLockout: true, controlled: true }],
              },
            ],
          },
        ],
      },
      date: "2026-11-02",
    });
    expect(res.status).toBe(200);
  });

  it("pages sessions with limit and cursor, oldest first, every session once", async () => {
    for (let d = 1; d <= 7; d++)
      await h.call("POST", "/api/athletes/ann/sessions", { date: `2026-10-0${d}` });
    const seen: string[] = [];
    let url: string | undefined = "/api/athletes/ann/sessions?limit=3";
    while (url) {
      const res: Awaited<ReturnType<typeof h.app.inject>> = await h.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().map((s: { date: string }) => s.date));
      const cursor: unknown = res.headers["x-next-cursor"];
      url = typeof cursor === "string" ? `/api/athletes/ann/sessions?limit=3&cursor=${cursor}` : undefined;
    }
    expect(seen).toEqual(["01", "02", "03", "04", "05", "06", "07"].map((d) => `2026-10-${d}`));
  });

  it("stores concurrent duplicates with one Idempotency-Key once, and each without a key", async () => {
    const post = (key?: string) =>
      h.inject({
        method: "POST",
        url: "/api/athletes/ann/sets",
        payload: { ...SET, date: "2026-11-10" },
        headers: key ? { "idempotency-key": key } : {},
      });
    const keyed = await Promise.all(Array.from({ length: 30 }, () => post("phone-uuid-1")));
    expect(new Set(keyed.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(keyed.map((r) => r.json().set.id)).size).toBe(1);
    expect(keyed.filter((r) => r.headers["idempotent-replayed"] === "true")).toHaveLength(29);
    const day = await h.call("GET", "/api/athletes/ann/sessions?from=2026-11-10&to=2026-11-10");
    expect(day.body[0].exercises[0].sets).toHaveLength(1);

    const unkeyed = await Promise.all(Array.from({ length: 5 }, () => post()));
    expect(unkeyed.every((r) => r.statusCode === 201)).toBe(true);
    const after = await h.call("GET", "/api/athletes/ann/sessions?from=2026-11-10&to=2026-11-10");
    expect(after.body[0].exercises[0].sets).toHaveLength(6);

    const other = await h.inject({
      method: "POST",
      url: "/api/athletes/ann/sets",
      payload: { ...SET, date: "2026-11-10", reps: 3 },
      headers: { "idempotency-key": "phone-uuid-1" },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().issues[0].field).toBe("Idempotency-Key");
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past the per-client limit", async () => {
    const place = await BACKENDS[0]?.fresh();
    if (!place) throw new Error("no backend");
    const store = await openStore(place.location);
    const app = await buildServer({ store, rateLimit: 5 });
    try {
      const codes: number[] = [];
      let last: Awaited<ReturnType<typeof app.inject>> | undefined;
      for (let i = 0; i < 7; i++) {
        last = await app.inject({ method: "GET", url: "/api/health" });
        codes.push(last.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
      expect(last?.json()).toMatchObject({ error: expect.any(String), issues: [{ field: "" }] });
    } finally {
      await app.close();
      await store.close();
      await place.dispose();
    }
  });
});
