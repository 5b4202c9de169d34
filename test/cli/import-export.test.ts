import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS } from "../storage/backends.js";
import { type Cli, cli, PROFILE } from "./stored-log-helpers.js";

const LOG = {
  sessions: [
    {
      date: "2026-11-02",
      readiness: { soreness: 3, fatigue: 4, sleepHours: 7 },
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 40, reps: 10, warmup: true },
            { load: 60, reps: 10, rpe: 8, fullLockout: true, controlled: true, pain: 0 },
            { load: 60, reps: 9, rpe: 9, fullLockout: false, controlled: true, pain: 2 },
          ],
        },
        { exercise: "other:Cable kickback", sets: [{ load: 10, reps: 15 }] },
      ],
    },
    { date: "2026-11-04", readiness: { soreness: 6 }, exercises: [] },
    {
      date: "2026-11-05T18:30:00Z",
      exercises: [{ exercise: "glute-bridge", sets: [{ load: 0, reps: 20 }] }],
    },
  ],
};

describe.each(BACKENDS)("hipthrust import and export on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
  });
  afterEach(() => c.dispose());

  it("imports a hipthrust log file once, however often it is imported", async () => {
    c.file("log.json", { profile: PROFILE, ...LOG });
    const first = await c.hipthrust("import", "log.json", "--create");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("3 session(s) added, 0 already stored");
    expect(first.stdout).toContain("Stored the profile the file carries.");
    const again = await c.hipthrust("import", "log.json", "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: 3, profile: "kept" });
    expect(await c.counts()).toMatchObject({ sessions: 3, sets: 5 });
  });

  it("exports a log file with the profile beside the sessions, which imports back the same", async () => {
    c.file("log.json", { profile: PROFILE, ...LOG });
    await c.hipthrust("import", "log.json", "--create");
    const exported = JSON.parse((await c.hipthrust("export", "--format", "json")).stdout);
    expect(exported).toEqual({ unit: "kg", profile: PROFILE, ...LOG });

    c.file("round.json", exported);
    expect((await c.hipthrust("import", "round.json", "--athlete", "bob", "--create")).code).toBe(0);
    expect(JSON.parse((await c.hipthrust("export", "--athlete", "bob")).stdout)).toEqual(exported);
  });

  it("exports CSV that imports back to the same log", async () => {
    c.file("log.json", { profile: PROFILE, ...LOG });
    await c.hipthrust("import", "log.json", "--create");
    const csv = await c.hipthrust("export", "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toContain("load");
    c.file("log.csv", csv.stdout);
    const imported = await c.hipthrust("import", "log.csv", "--athlete", "bob", "--create");
    expect(imported.code).toBe(0);
    const back = JSON.parse((await c.hipthrust("export", "--athlete", "bob")).stdout);
    expect(back.sessions).toEqual(LOG.sessions);
  });

  it("rejects a bad file whole, naming the line, and stores nothing", async () => {
    c.file("log.json", LOG);
    await c.hipthrust("import", "log.json", "--unit", "kg", "--create");
    const before = await c.counts();
    const bad = {
      sessions: [
        ...LOG.sessions,
        { date: "2026-11-09", exercises: [{ exercise: "glute-bridge", sets: [{ load: 0, reps: -2 }] }] },
      ],
    };
    c.file("bad.json", bad);
    const res = await c.hipthrust("import", "bad.json", "--unit", "kg");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("bad.json: sessions[3].exercises[0].sets[0].reps");
    c.file("empty.csv", "");
    expect((await c.hipthrust("import", "empty.csv")).stderr).toContain("empty.csv: the file is empty");
    expect((await c.hipthrust("import", "log.json", "--unit", "stone")).code).toBe(2);
    expect(await c.counts()).toEqual(before);
  });

  it("asks for the unit when the file does not say it", async () => {
    c.file("log.json", LOG);
    const res = await c.hipthrust("import", "log.json", "--create");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("pass --unit kg or --unit lb");
    expect(await c.counts()).toMatchObject({ athletes: 0, sessions: 0 });
  });

  it("reads a file that does not say its unit in the stored profile's unit", async () => {
    // A 35 lb bar: the log's 40 lb warm-up must be a load that bar can make (V3).
    c.file("profile.json", { ...PROFILE, unit: "lb", barWeight: 35 });
    expect((await c.hipthrust("profile", "set", "profile.json")).code).toBe(0);
    c.file("log.json", LOG);
    const res = await c.hipthrust("import", "log.json");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("loads in lb");
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions).toEqual(LOG.sessions);
  });

  it("refuses to export an athlete who is not stored, or an unknown format", async () => {
    const res = await c.hipthrust("export", "--athlete", "zed");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('no athlete "zed"');
    expect((await c.hipthrust("export", "--format", "xml")).stderr).toContain("option --format");
  });
});
