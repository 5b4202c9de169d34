import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/storage/store.js";
import { addUser } from "../server/harness.js";
import { BACKENDS } from "../storage/backends.js";
import { type Cli, cli, PROFILE } from "./stored-log-helpers.js";

describe.each(BACKENDS)("hipthrust profile on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
  });
  afterEach(() => c.dispose());

  it("stores a profile and shows it back", async () => {
    c.file("p.json", { ...PROFILE, plates: [20, 10, 5], constraints: ["lower-back-sensitive"] });
    const set = await c.hipthrust("profile", "set", "p.json", "--athlete", "ann");
    expect(set).toMatchObject({ code: 0, stderr: "" });
    expect(set.stdout).toContain("Stored the profile of ann");
    const shown = await c.hipthrust("profile", "show", "--athlete", "ann");
    expect(shown.stdout).toContain("goal hypertrophy, intermediate, 3 day(s) a week, loads in kg");
    expect(shown.stdout).toContain("constraints: lower-back-sensitive");
    const json = await c.hipthrust("profile", "show", "--json", "--athlete", "ann");
    expect(JSON.parse(json.stdout)).toEqual({
      ...PROFILE,
      plates: [20, 10, 5],
      constraints: ["lower-back-sensitive"],
    });
  });

  it("refuses an invalid profile file and keeps the stored one", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    const before = await c.counts();
    c.file("bad.json", { ...PROFILE, daysPerWeek: 9 });
    const res = await c.hipthrust("profile", "set", "bad.json");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("bad.json: daysPerWeek:");
    expect(await c.counts()).toEqual(before);
    expect(JSON.parse((await c.hipthrust("profile", "show", "--json")).stdout)).toEqual(PROFILE);
  });

  it("says when there is no athlete or no profile", async () => {
    const none = await c.hipthrust("profile", "show", "--athlete", "zed");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no athlete "zed"');
    await c.hipthrust("log", "--soreness", "3", "--create", "--unit", "kg");
    const noProfile = await c.hipthrust("profile", "show");
    expect(noProfile.code).toBe(2);
    expect(noProfile.stderr).toContain("no profile stored for me");
    expect((await c.hipthrust("profile", "frobnicate")).code).toBe(2);
  });

  it("lets next, plan and decide use the stored profile and log, as the API does", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    for (const date of ["2026-11-16", "2026-11-18"]) {
      for (let i = 0; i < 3; i++) {
        const flags = ["--exercise", "barbell-hip-thrust", "--load", "60", "--reps", "12", "--rpe", "8"];
        await c.hipthrust(
          "log",
          "--date",
          date,
          ...flags,
          "--lockout",
          "yes",
          "--controlled",
          "yes",
          "--pain",
          "0",
        );
      }
    }
    const next = await c.hipthrust("next", "--date", "2026-11-20", "--json");
    expect(next.stderr).toBe("");
    const store = await openStore(c.place.location);
    const app = await buildServer({ store });
    const headers = await addUser(store, "owner", "owner");
    try {
      const api = await app.inject({ method: "GET", url: "/api/athletes/me/next?date=2026-11-20", headers });
      expect(JSON.parse(next.stdout)).toEqual(api.json());
      const plan = await app.inject({ method: "GET", url: "/api/athletes/me/plan?weeks=4", headers });
      expect(JSON.parse((await c.hipthrust("plan", "--json")).stdout)).toEqual(plan.json());
      const decide = await app.inject({ method: "GET", url: "/api/athletes/me/decide", headers });
      expect(JSON.parse((await c.hipthrust("decide", "--json")).stdout)).toEqual(decide.json());
    } finally {
      await app.close();
      await store.close();
    }
    expect(JSON.parse(next.stdout).change).toBe("increase-load");
  });
});
