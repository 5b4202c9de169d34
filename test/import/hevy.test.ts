import { describe, expect, it } from "vitest";
import { parseImport } from "../../src/import/index.js";

const HEADER_KG =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const G = '"Glute Day","21 Feb 2025, 07:17","21 Feb 2025, 08:20","Morning, fasted"';
const L = '"Legs","24 Feb 2025, 18:02","24 Feb 2025, 19:01",""';
const HEVY_KG = [
  HEADER_KG,
  `${G},"Hip Thrust (Barbell)",,"Pad on the bar, ""wide"" stance",0,"warmup",40,10,,,`,
  `${G},"Hip Thrust (Barbell)",,"Pad on the bar, ""wide"" stance",1,"normal",90,10,,,8`,
  `${G},"Hip Thrust (Barbell)",,"Pad on the bar, ""wide"" stance",2,"failure",90,9,,,`,
  `${G},"Hip Thrust (Barbell)",,"Pad on the bar, ""wide"" stance",3,"dropset",70,12,,,`,
  `${G},"Bulgarian Split Squat",0,"",0,"normal",20,10,,,7.5`,
  `${G},"Face Pull",0,"",0,"normal",25,15,,,`,
  `${G},"Plank",,"",0,"normal",,,,60,`,
  `${L},"Squat (Barbell)",,"",0,"normal",100,5,,,8`,
  `${L},"Hip Thrust",,"",0,"normal",,15,,,`,
].join("\n");

const HEVY_LB = [
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"',
  '"Lower","3 Mar 2025, 06:45","3 Mar 2025, 07:40","","Hip Thrust (Smith Machine)",,"",0,"normal",225,8,,,9',
  '"Lower","3 Mar 2025, 06:45","3 Mar 2025, 07:40","","Romanian Deadlift (Dumbbell)",,"",0,"normal",50,12,,,',
  '"Lower","3 Mar 2025, 06:45","3 Mar 2025, 07:40","","Running",,"",0,"normal",,,1.5,900,',
].join("\n");

const strip = (sessions: { source: string; externalKey: string }[]) =>
  sessions.map(({ source: _s, externalKey: _k, ...session }) => session);

describe("Hevy CSV", () => {
  it("reads a metric export: warm-ups marked, drop and failure sets kept as working sets with their type", () => {
    const result = parseImport(HEVY_KG, "hevy.csv", {});
    expect(result.format).toBe("hevy-csv");
    expect(result.unit).toBe("kg");
    expect(strip(result.sessions)).toStrictEqual([
      {
        date: "2025-02-21T07:17:00",
        notes: "Morning, fasted",
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            notes: 'Pad on the bar, "wide" stance',
            sets: [
              { load: 40, reps: 10, warmup: true },
              { load: 90, reps: 10, rpe: 8 },
              { load: 90, reps: 9, setType: "failure" },
              { load: 70, reps: 12, setType: "drop" },
            ],
          },
          { exercise: "split-squat", sets: [{ load: 20, reps: 10, rpe: 7.5 }] },
          { exercise: "other:Face Pull", sets: [{ load: 25, reps: 15 }] },
        ],
      },
      {
        date: "2025-02-24T18:02:00",
        exercises: [
          { exercise: "back-squat", sets: [{ load: 100, reps: 5, rpe: 8 }] },
          { exercise: "bodyweight-hip-thrust", sets: [{ load: 0, reps: 15 }] },
        ],
      },
    ]);
    expect(result.warnings).toEqual([
      "hevy.csv: line 8: Plank: timed or distance sets without reps skipped (hipthrust logs sets by reps)",
    ]);
    expect(result.otherNames).toEqual(["Face Pull"]);
    expect(result.sessions.map((s) => s.externalKey)).toEqual([
      "hevy:2025-02-21T07:17:00:Glute Day",
      "hevy:2025-02-24T18:02:00:Legs",
    ]);
  });

  it("reads an imperial export, converting into a kg profile", () => {
    const lb = parseImport(HEVY_LB, "hevy.csv", {});
    expect(lb.unit).toBe("lb");
    expect(lb.sessions[0]?.exercises?.map((e) => [e.exercise, e.sets[0]?.load])).toEqual([
      ["smith-machine-hip-thrust", 225],
      ["romanian-deadlift", 50],
    ]);
    const kg = parseImport(HEVY_LB, "hevy.csv", { profileUnit: "kg" });
    expect(kg.unit).toBe("kg");
    // 225 lb = 102.05828… kg, 50 lb = 22.67961… kg
    expect(kg.sessions[0]?.exercises?.map((e) => e.sets[0]?.load)).toEqual([102.058, 22.68]);
    expect(kg.sessions.map((s) => s.externalKey)).toEqual(lb.sessions.map((s) => s.externalKey));
  });

  it("rejects an unknown set type, a bad date and blank reps with a load, by line", () => {
    const bad = HEVY_KG.replace('"failure"', '"superset"')
      .replaceAll("24 Feb 2025, 18:02", "24 Foo 2025, 18:02")
      .replace('"Face Pull",0,"",0,"normal",25,15', '"Face Pull",0,"",0,"normal",25,');
    expect(() => parseImport(bad, "hevy.csv", {})).toThrow(
      [
        'hevy.csv: line 4: set_type: "superset" is not one of normal, warmup, dropset, failure',
        "hevy.csv: line 7: reps: is empty",
        'hevy.csv: line 9: start_time: "24 Foo 2025, 18:02" is not a date and time like 2025-02-21 07:17:00 or 21 Feb 2025, 07:17 ("foo" is not a month name in en, de, fr, es, it, pt, nl, sv, da, nb, fi, pl, ru, tr)',
        'hevy.csv: line 10: start_time: "24 Foo 2025, 18:02" is not a date and time like 2025-02-21 07:17:00 or 21 Feb 2025, 07:17 ("foo" is not a month name in en, de, fr, es, it, pt, nl, sv, da, nb, fi, pl, ru, tr)',
      ].join("\n"),
    );
  });
});
