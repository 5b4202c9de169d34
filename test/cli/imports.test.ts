// Issue 12, "The command line and imports" and "Real exports", through the CLI on each backend.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS } from "../storage/backends.js";
import { type Cli, cli, PROFILE } from "./stored-log-helpers.js";

// The current Strong export: Set Order words, a blank row of a set planned but not done.
const W = '"7","2025-03-03 18:00:00","Glutes","3600"';
const STRONG_NOW = [
  '"Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)","Reps","RPE","Distance (meters)","Seconds","Notes","Workout Notes"',
  `${W},"Hip Thrust (Barbell)","WARM_UP","60","8","","","","",""`,
  `${W},"Hip Thrust (Barbell)","1","120","8","8","","","",""`,
  `${W},"Hip Thrust (Barbell)","FAILURE","120","11","10","","","",""`,
  `${W},"Hip Thrust (Barbell)","DROP_SET","90","12","","","","",""`,
  `${W},"Hip Thrust (Barbell)","3","","","","","","",""`,
  `${W},"Glute Bridge Bodyweight","1","0","20","","","","",""`,
  `${W},"Frog Pump","1","0","30","","","","",""`,
].join("\n");

// The 2016–17 Strong header: the weight column is named by its unit.
const STRONG_2016 = [
  "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes",
  "2016-11-02 18:00:00,Legs,Hip Thrust (Barbell),1,80,10,0,0,",
  "2016-11-02 18:00:00,Legs,Hip Thrust (Barbell),2,90,8,0,0,",
].join("\n");

// Strong's comma export with no unit anywhere.
const STRONG_NO_UNIT = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  "2024-05-01 07:15:00,Lower,1h,Hip Thrust (Barbell),1,135,10,0,0,,,",
  "2024-05-03 07:15:00,Lower,1h,Hip Thrust (Barbell),1,145,10,0,0,,,",
].join("\n");

const HEVY = (rows: string[]) =>
  [
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
    ...rows,
  ].join("\n");
const hevyRow = (start: string, exercise: string, weight: string, reps: string) =>
  `"Legs","${start}","${start}","","${exercise}","","",0,"normal",${weight},${reps},,,`;

describe.each(BACKENDS)("imports on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
  });
  afterEach(() => c.dispose());

  it("Strong's WARM_UP, FAILURE and DROP_SET: warm-ups marked, the set type kept; blank planned rows skipped and counted", async () => {
    c.file("strong.csv", STRONG_NOW);
    const res = await c.hipthrust("import", "strong.csv", "--create");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("1 session(s) added");
    expect(res.stdout).toContain("Skipped 1 blank row(s): sets planned in the app but not done.");
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].exercises[0]).toEqual({
      exercise: "barbell-hip-thrust",
      sets: [
        { load: 60, reps: 8, warmup: true },
        { load: 120, reps: 8, rpe: 8 },
        { load: 120, reps: 11, rpe: 10, setType: "failure" },
        { load: 90, reps: 12, setType: "drop" },
      ],
    });
    const history = (await c.hipthrust("history")).stdout;
    expect(history).toContain("w60×8");
    expect(history).toContain("f120×11@10");
    expect(history).toContain("d90×12");
  });

  it("hip-thrust family name variants are matched by their words; names left as other: are listed in the summary", async () => {
    c.file("strong.csv", STRONG_NOW);
    const res = await c.hipthrust("import", "strong.csv", "--create");
    expect(res.stdout).toContain('Kept 1 exercise name(s) outside the library as other: "Frog Pump"');
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].exercises.map((e: { exercise: string }) => e.exercise)).toEqual([
      "barbell-hip-thrust",
      "glute-bridge",
      "other:Frog Pump",
    ]);
  });

  it("the import summary says once that the app had no lockout, control or pain records, and how next treats them", async () => {
    c.file("strong.csv", STRONG_NOW);
    const res = await c.hipthrust("import", "strong.csv", "--create");
    const said = res.stdout.match(/no lockout, control or pain records/g) ?? [];
    expect(said).toHaveLength(1);
    expect(res.stdout).toContain("`next` asks for one logged session with the form gates");
    // A hipthrust log carries its own form gates: nothing to say.
    c.file("log.json", {
      unit: "kg",
      sessions: [
        { date: "2025-03-05", exercises: [{ exercise: "glute-bridge", sets: [{ load: 0, reps: 12 }] }] },
      ],
    });
    expect((await c.hipthrust("import", "log.json")).stdout).not.toContain("lockout");
  });

  it("the 2016–17 Strong header is read, its unit taken from the weight column's name", async () => {
    c.file("old.csv", STRONG_2016);
    const res = await c.hipthrust("import", "old.csv", "--create", "--json");
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ format: "strong-csv", unit: "kg", added: 1 });
  });

  it("a file without units is refused with exit 2 until --unit says which, and nothing is stored", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    const before = await c.counts();
    c.file("nounit.csv", STRONG_NO_UNIT);
    const res = await c.hipthrust("import", "nounit.csv");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("give --unit kg or --unit lb");
    expect(await c.counts()).toEqual(before);
    const ok = await c.hipthrust("import", "nounit.csv", "--unit", "lb");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("2 session(s) added");
  });

  it("import --replace replaces exactly the sessions that file created", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    // Logged by hand, and from another file: neither may be touched.
    await c.hipthrust(
      "log",
      "--date",
      "2024-05-02",
      "--exercise",
      "leg-curl",
      "--load",
      "30",
      "--reps",
      "12",
    );
    c.file("other.csv", STRONG_2016);
    await c.hipthrust("import", "other.csv");
    c.file("nounit.csv", STRONG_NO_UNIT);
    // Imported with the wrong unit first: 135 "kg".
    await c.hipthrust("import", "nounit.csv", "--unit", "kg");
    const wrong = JSON.parse((await c.hipthrust("export")).stdout);
    expect(wrong.sessions).toHaveLength(4);
    const again = await c.hipthrust("import", "nounit.csv", "--unit", "lb", "--replace");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "2 session(s) added, 0 already stored, 2 from the earlier import replaced.",
    );
    const fixed = JSON.parse((await c.hipthrust("export")).stdout);
    expect(fixed.sessions).toHaveLength(4);
    const loads = fixed.sessions.map((s: { date: string; exercises: { sets: { load: number }[] }[] }) => [
      s.date.slice(0, 10),
      s.exercises[0]?.sets[0]?.load,
    ]);
    expect(loads).toEqual([
      ["2016-11-02", 80],
      ["2024-05-01", 61.235],
      ["2024-05-02", 30],
      ["2024-05-03", 65.771],
    ]);
  });

  it("--skip-bad-rows imports the rest in one transaction and lists every skipped line; atomic by default", async () => {
    const rows = [
      hevyRow("21 Feb 2025, 07:17", "Hip Thrust (Barbell)", "100", "10"),
      hevyRow("21 Feb 2025, 07:17", "Leg Extension (Machine)", "40", "257.5"),
      hevyRow("24 Feb 2025, 07:17", "Hip Thrust (Barbell)", "105", "10"),
      hevyRow("26 Feb 2025, 07:17", "Hip Thrust (Barbell)", "heavy", "10"),
    ];
    c.file("hevy.csv", HEVY(rows));
    const refused = await c.hipthrust("import", "hevy.csv", "--create");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("line 3: reps:");
    expect(refused.stderr).toContain("line 5: weight_kg:");
    expect(await c.counts()).toMatchObject({ athletes: 0, sessions: 0 });

    const res = await c.hipthrust("import", "hevy.csv", "--create", "--skip-bad-rows");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("2 session(s) added");
    expect(res.stdout).toContain("Left out 2 row(s) that could not be read (--skip-bad-rows):");
    expect(res.stdout).toContain('  line 3: reps: "257.5" is not a whole number');
    expect(res.stdout).toContain('  line 5: weight_kg: "heavy" is not a number');
    expect(await c.counts()).toMatchObject({ sessions: 2, sets: 2 });
  });

  it("dates with month names in other languages import (German Hevy export)", async () => {
    c.file("hevy-de.csv", HEVY([hevyRow("21. Feb. 2025, 07:17", "Hip Thrust (Barbell)", "100", "10")]));
    const res = await c.hipthrust("import", "hevy-de.csv", "--create", "--json");
    expect(res.code).toBe(0);
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].date).toBe("2025-02-21T07:17:00");
  });

  it("where a file still can't be read, the refusal says which language the header was in", async () => {
    c.file(
      "de.csv",
      "Datum,Trainingsname,Übung,Satz,Gewicht,Wiederholungen\n2025-01-01 10:00:00,A,B,1,10,5\n",
    );
    const res = await c.hipthrust("import", "de.csv", "--create");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("a header in German");
    expect(await c.counts()).toMatchObject({ athletes: 0 });
  });

  it("a session dated in the future gets a warning (log and import)", async () => {
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
    // The helpers' clock says 2026-11-20.
    const log = await c.hipthrust("log", "--date", "2027-11-20", "--soreness", "2");
    expect(log.code).toBe(0);
    expect(log.stderr).toContain("2027-11-20 is in the future (today is 2026-11-20)");
    const today = await c.hipthrust("log", "--soreness", "2");
    expect(today.stderr).toBe("");
    c.file("future.csv", HEVY([hevyRow("21 Feb 2030, 07:17", "Hip Thrust (Barbell)", "100", "10")]));
    const imported = await c.hipthrust("import", "future.csv");
    expect(imported.stdout).toContain("Warning: 1 session(s) are dated in the future (2030-02-21)");
  });
});

describe.each(BACKENDS)("log and history on $name", (backend) => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
    c.file("p.json", PROFILE);
    await c.hipthrust("profile", "set", "p.json");
  });
  afterEach(() => c.dispose());

  it("history numbers sessions per athlete", async () => {
    c.file("q.json", PROFILE);
    await c.hipthrust("profile", "set", "q.json", "--athlete", "bo");
    for (const day of ["2026-11-01", "2026-11-03"]) {
      await c.hipthrust("log", "--date", day, "--soreness", "1", "--athlete", "bo");
    }
    for (const day of ["2026-11-02", "2026-11-04", "2026-11-06"]) {
      const res = await c.hipthrust("log", "--date", day, "--soreness", "1");
      expect(res.stdout).toMatch(/\(session #\d\)/);
    }
    const me = (await c.hipthrust("history")).stdout;
    expect(me).toMatch(/2026-11-06 +#3/);
    expect(me).toMatch(/2026-11-02 +#1/);
    const bo = (await c.hipthrust("history", "--athlete", "bo")).stdout;
    expect(bo).toMatch(/2026-11-03 +#2/);
    expect(bo).toMatch(/2026-11-01 +#1/);
    const limited = JSON.parse((await c.hipthrust("history", "--limit", "1", "--json")).stdout);
    expect(limited[0]).toMatchObject({ number: 3, date: "2026-11-06" });
  });

  it("log --cleared records a check-in with readiness.cleared: true (F6)", async () => {
    const res = await c.hipthrust("log", "--cleared", "--json");
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).readiness).toEqual({ cleared: true });
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].readiness).toEqual({ cleared: true });
    expect((await c.hipthrust("history")).stdout).toContain("cleared to train");
  });

  it("log --band NAME records the band of a banded set", async () => {
    const res = await c.hipthrust(
      "log",
      "--exercise",
      "banded-hip-thrust",
      "--load",
      "0",
      "--reps",
      "15",
      "--band",
      "heavy",
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("0 kg × 15 (heavy band)");
    const exported = JSON.parse((await c.hipthrust("export")).stdout);
    expect(exported.sessions[0].exercises[0].sets[0]).toEqual({ load: 0, reps: 15, band: "heavy" });
  });

  it("deadlift in a log file: the error says to write other:deadlift, and other:deadlift is accepted", async () => {
    const before = await c.counts();
    const session = (exercise: string) => ({
      date: "2026-11-19",
      exercises: [{ exercise, sets: [{ load: 100, reps: 5 }] }],
    });
    c.file("s.json", session("deadlift"));
    const res = await c.hipthrust("log", "--file", "s.json");
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('s.json: exercises[0].exercise: "deadlift" is not a known exercise id');
    expect(res.stderr).toContain('write "other:deadlift"');
    expect(await c.counts()).toEqual(before);
    c.file("s.json", session("other:deadlift"));
    expect((await c.hipthrust("log", "--file", "s.json")).code).toBe(0);
  });

  it("bodyweight limits follow the unit", async () => {
    c.file("lb.json", { ...PROFILE, unit: "lb", bodyweight: 420 });
    expect((await c.hipthrust("profile", "set", "lb.json")).code).toBe(0);
    c.file("kg.json", { ...PROFILE, unit: "kg", bodyweight: 420 });
    const kg = await c.hipthrust("profile", "set", "kg.json");
    expect(kg.code).toBe(2);
    expect(kg.stderr).toContain("kg.json: bodyweight: bodyweight must be from 25 to 300 kg");
    c.file("light.json", { ...PROFILE, unit: "lb", bodyweight: 30 });
    expect((await c.hipthrust("profile", "set", "light.json")).stderr).toContain("from 55 to 660 lb");
  });
});
