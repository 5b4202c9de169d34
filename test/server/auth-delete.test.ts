// Deleting an athlete erases their whole log: the owner and the athlete themself may; their coach may not.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mayDeleteAthlete } from "../../src/auth/policy.js";
import { BACKENDS } from "../storage/backends.js";
import { addUser, type Harness, harness } from "./harness.js";

describe("who may delete an athlete", () => {
  it("the owner and the athlete's own user; not a coach, not another athlete", () => {
    expect(mayDeleteAthlete({ role: "owner", athleteId: null }, 4)).toBe(true);
    expect(mayDeleteAthlete({ role: "athlete", athleteId: 4 }, 4)).toBe(true);
    expect(mayDeleteAthlete({ role: "coach", athleteId: 9 }, 4)).toBe(false);
    expect(mayDeleteAthlete({ role: "athlete", athleteId: 5 }, 4)).toBe(false);
  });
});

describe.each(BACKENDS)("DELETE /api/athletes/:athlete on $name", (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(backend);
    for (const name of ["ann", "bob"])
      expect((await h.call("POST", "/api/athletes", { name })).status).toBe(201);
    await h.call("POST", "/api/athletes/ann/sets", {
      date: "2026-11-02",
      exercise: "barbell-hip-thrust",
      load: 60,
      reps: 10,
    });
  });
  afterEach(async () => h.close());

  it("answers a coach 403 and keeps the athlete's log; the athlete themself may delete it", async () => {
    const coach = await addUser(h.store, "cora", "coach", { athletes: ["ann"] });
    const ann = await addUser(h.store, "ann", "athlete", { athlete: "ann" });
    const refused = await h.callAs(coach, "DELETE", "/api/athletes/ann");
    expect(refused).toMatchObject({
      status: 403,
      body: { error: expect.stringMatching(/owner or the athlete/) },
    });
    expect((await h.callAs(coach, "GET", "/api/athletes/ann/sessions")).body).toHaveLength(1);
    expect((await h.callAs(ann, "DELETE", "/api/athletes/ann")).status).toBe(204);
    expect((await h.call("GET", "/api/athletes/ann")).status).toBe(404);
  });

  it("answers another athlete 404, as if the athlete did not exist", async () => {
    const bob = await addUser(h.store, "bob", "athlete", { athlete: "bob" });
    expect((await h.callAs(bob, "DELETE", "/api/athletes/ann")).status).toBe(404);
    expect((await h.call("GET", "/api/athletes/ann")).status).toBe(200);
  });
});
