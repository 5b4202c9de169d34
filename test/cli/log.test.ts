import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS } from "../storage/backends.js";
import { type Cli, cli, PROFILE } from "./stored-log-helpers.js";

const SET = ["--exercise", "barbell-hip-thrust", "--load", "60", "--reps", "10", "--rpe", "8"];

describe.each(BACKENDS)("hipthrust log on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
  });
  afterEach(() => c.dispose());

  it("logs sets into today's session, one after another", async () => {
    const first = await c.hipthrust(
      "log",
      "--create",
      "--unit",
      "kg",
      ...SET,
      "--lockout",
      "yes",
      "--controlled",
      "yes",
      "--pain",
      "0",
    );
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("on 2026-11-20");
    expect(first.stdout).toContain("barbell-hip-thrust, set 1 — 60 kg × 10 @ RPE 8");
    const second = await c.hipthrust("log", ...SET, "--lockout", "no");
    expect(second.stdout).toContain("set 2 — 60 kg × 10 @ RPE 8 (no lockout)");
    const json = await c.hipthrust("log", "--soreness", "7", "--sleep", "6.5", "--json");
    const session = JSON.parse(json.stdout);
    expect(session.readiness).toEqual({ soreness: 7, sleepHours: 6.5 });
    expect(session.exercises[0].sets).toMatchObject([
      { load: 60, reps: 10, rpe: 8, fullLockout: true, controlled: true, pain: 0 },
      { load: 60, reps: 10, rpe: 8, fullLockout: false },
    ]);
    expect(await c.counts()).toMatchObject({ athletes: 1, sessions: 1, sets: 2 });
  });

  it("keeps a load entered in pounds and shows it in the profile's unit", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    await c.hipthrust(
      "log",
      "--date",
      "2026-11-18",
      ...SET.slice(0, 2),
      "--load",
      "135",
      "--unit",
      "lb",
      "--reps",
      "8",
    );
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].exercises[0].sets[0].load).toBe(61.23497);
    c.file("p.json", { ...PROFILE, unit: "lb" });
    await c.hipthrust("profile", "set", "p.json");
    const again = JSON.parse((await c.hipthrust("export")).stdout);
    expect(again.sessions[0].exercises[0].sets[0].load).toBe(135);
  });

  it("adds a whole session from a file, for another athlete", async () => {
    const file = c.file("s.json", {
      date: "2026-11-02T18:00:00Z",
      readiness: { fatigue: 3 },
      exercises: [
        {
          exercise: "glute-bridge",
          sets: [
            { load: 0, reps: 15 },
            { load: 0, reps: 15 },
          ],
        },
      ],
    });
    const res = await c.hipthrust("log", "--file", file, "--athlete", "bob", "--create", "--unit", "kg");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("Logged for bob on 2026-11-02T18:00:00Z");
    expect(res.stdout).toContain("1 exercise(s), 2 set(s), readiness check-in");
  });

  it.each([
    [["--rpe", "11"], "option --rpe: rpe must be from 1 to 10"],
    [["--load", "heavy"], 'option --load: "heavy" is not a number'],
    [["--lockout", "maybe"], "option --lockout: expected yes or no"],
    [["--exercise", "leg-extension"], 'option --exercise: "leg-extension" is not a known exercise id'],
    [["--date", "2026-02-30"], "option --date"],
    [["--unit", "stone"], "option --unit: expected kg or lb"],
    [["--weight", "60"], "unknown option --weight"],
    [["--athlete", "-dash"], "option --athlete"],
  ])("refuses %j with exit 2 and stores nothing", async (bad, message) => {
    await c.hipthrust("log", "--create", "--unit", "kg", ...SET);
    const before = await c.counts();
    const flags = [...SET];
    const at = flags.indexOf(bad[0] as string);
    if (at >= 0) flags.splice(at, 2);
    const res = await c.hipthrust("log", ...flags, ...bad);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
    expect(await c.counts()).toEqual(before);
  });

  it("refuses an invalid session file, naming the file, the field and the problem", async () => {
    await c.hipthrust("log", "--create", "--unit", "kg", ...SET);
    const before = await c.counts();
    const file = c.file("bad.json", {
      date: "2026-11-02",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 60, reps: 10 },
            { load: -1, reps: 10 },
          ],
        },
      ],
    });
    const res = await c.hipthrust("log", "--file", file);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`${file}: exercises[0].sets[1].load: load must not be negative`);
    const broken = await c.hipthrust("log", "--file", c.file("broken.json", "{ not json"));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
    expect((await c.hipthrust("log", "--file", "missing.json")).stderr).toContain(
      "missing.json: cannot read",
    );
    expect(await c.counts()).toEqual(before);
  });

  it("asks for an exercise when given only a set's numbers", async () => {
    const res = await c.hipthrust("log", "--load", "60", "--reps", "10");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("option --exercise: is required");
  });
});
