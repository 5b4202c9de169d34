import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS } from "../storage/backends.js";
import { type Cli, cli } from "./stored-log-helpers.js";

describe.each(BACKENDS)("hipthrust history on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
  });
  afterEach(() => c.dispose());

  it("shows recent sessions newest first, with warm-ups and failed gates marked", async () => {
    const ht = ["--exercise", "barbell-hip-thrust"];
    await c.hipthrust(
      "log",
      "--create",
      "--unit",
      "kg",
      "--date",
      "2026-11-16",
      ...ht,
      "--load",
      "40",
      "--reps",
      "10",
      "--warmup",
      "yes",
    );
    await c.hipthrust("log", "--date", "2026-11-16", ...ht, "--load", "60", "--reps", "10", "--rpe", "8");
    await c.hipthrust(
      "log",
      "--date",
      "2026-11-18",
      ...ht,
      "--load",
      "62.5",
      "--reps",
      "8",
      "--lockout",
      "no",
    );
    await c.hipthrust(
      "log",
      "--date",
      "2026-11-18",
      "--exercise",
      "leg-curl",
      "--load",
      "30",
      "--reps",
      "12",
    );
    await c.hipthrust("log", "--date", "2026-11-19", "--soreness", "7", "--fatigue", "4");
    const res = await c.hipthrust("history");
    expect(res.code).toBe(0);
    const lines = res.stdout.split("\n");
    expect(lines[0]).toBe("History of me: the last 3 session(s), newest first, loads in kg");
    const body = lines.slice(4).join("\n");
    expect(body.indexOf("2026-11-19")).toBeLessThan(body.indexOf("2026-11-18"));
    expect(res.stdout).toMatch(/2026-11-19 +#3 +\(check-in\) +sore 7, fatigue 4/);
    expect(res.stdout).toMatch(/2026-11-18 +#2 +barbell-hip-thrust +62\.5×8!/);
    expect(res.stdout).toMatch(/\n +leg-curl +30×12/);
    expect(res.stdout).toMatch(/2026-11-16 +#1 +barbell-hip-thrust +w40×10 60×10@8/);

    const limited = JSON.parse((await c.hipthrust("history", "--limit", "1", "--json")).stdout);
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatchObject({ date: "2026-11-19", readiness: { soreness: 7, fatigue: 4 } });
  });

  it("names the stored athletes when asked for an unknown one", async () => {
    await c.hipthrust("log", "--soreness", "2", "--athlete", "ann", "--create", "--unit", "kg");
    const res = await c.hipthrust("history", "--athlete", "zed");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('no athlete "zed"');
    expect(res.stderr).toContain(`stored athletes: "ann"`);
    expect((await c.hipthrust("history", "--athlete", "ann", "--limit", "0")).code).toBe(2);
  });
});
