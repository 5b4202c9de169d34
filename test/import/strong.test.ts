import { describe, expect, it } from "vitest";
import { InputError } from "../../src/contract/errors.js";
import { logSchema } from "../../src/contract/log.js";
import { parseImport } from "../../src/import/index.js";

// v1: semicolons, a unit on every row, decimal commas, a Workout Duration column.
const STRONG_V1 = [
  "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
  '2024-03-04 18:30:00;Glutes A;Hip Thrust (Barbell);1;40;kg;12;;0;km;0;"Feet a bit wider";"Good session; slept 8h";1h 5m',
  '2024-03-04 18:30:00;Glutes A;Hip Thrust (Barbell);2;80;kg;10;8;0;km;0;"Feet a bit wider";"Good session; slept 8h";1h 5m',
  '2024-03-04 18:30:00;Glutes A;Hip Thrust (Barbell);3;80;kg;9;8,5;0;km;0;"Feet a bit wider";"Good session; slept 8h";1h 5m',
  '2024-03-04 18:30:00;Glutes A;Romanian Deadlift (Barbell);1;60;kg;10;7;0;km;0;;"Good session; slept 8h";1h 5m',
  '2024-03-04 18:30:00;Glutes A;Plank;1;0;kg;0;;0;km;60;;"Good session; slept 8h";1h 5m',
  "2024-03-07 18:00:00;Glutes B;Glute Bridge;1;0;kg;20;;0;km;0;;;45m",
  "2024-03-07 18:00:00;Glutes B;Cable Kickback;1;12,5;kg;15;;0;km;0;;;45m",
].join("\n");

// v2: commas, no unit anywhere.
const STRONG_V2 = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2024-05-01 07:15:00,"Lower, heavy",1h 2m,"Hip Thrust (Barbell)",1,135.0,10.0,0,0,"","",',
  '2024-05-01 07:15:00,"Lower, heavy",1h 2m,"Hip Thrust (Barbell)",2,225.0,8.0,0,0,"","",9',
  '2024-05-01 07:15:00,"Lower, heavy",1h 2m,"Squat (Barbell)",1,185.0,5.0,0,0,"","",8',
  '2024-05-01 07:15:00,"Lower, heavy",1h 2m,"Rest Timer",Rest Timer,0,0,0,90,"","",',
  '2024-05-01 07:15:00,"Lower, heavy",1h 2m,"Leg Press",0,0,0.0,0,0.0,"","",',
].join("\r\n");

// v3: the newer export, unit in the header, W warm-ups, D drop sets, rest-timer rows, a note over two lines.
const W1 = '"12","2025-01-10 17:00:00","Glutes","3900"';
const W2 = '"13","2025-01-13 17:05:00","Glutes","3000"';
const W2_NOTE = '"Left hip tight,\nwarmed up longer"';
const STRONG_V3 = [
  '"Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)","Reps","RPE","Distance (meters)","Seconds","Notes","Workout Notes"',
  `${W1},"Hip Thrust (Barbell)","W","20","10","","","","",""`,
  `${W1},"Hip Thrust (Barbell)","W","60","5","","","","",""`,
  `${W1},"Hip Thrust (Barbell)","1","100","8","8","","","Pause at top, ""1s""",""`,
  `${W1},"Hip Thrust (Barbell)","Rest Timer","","","","","120","",""`,
  `${W1},"Hip Thrust (Barbell)","2","100","8","9","","","Pause at top, ""1s""",""`,
  `${W1},"Hip Thrust (Barbell)","D","80","10","","","","",""`,
  `${W1},"Lying Leg Curl (Machine)","1","35","12","","","","",""`,
  `${W1},"Hip Abduction (Machine)","1","50","15","","","","",""`,
  `${W1},"Walking (Treadmill)","1","","","","1200","900","",""`,
  `${W2},"Squat (Barbell)","1","90","5","8","","","",${W2_NOTE}`,
  `${W2},"Hip Thrust (Bodyweight)","1","0","20","","","","",${W2_NOTE}`,
  `${W2},"Bench Press (Barbell)","1","60","8","","","","",${W2_NOTE}`,
].join("\n");

const strip = (sessions: { source: string; externalKey: string }[]) =>
  sessions.map(({ source: _s, externalKey: _k, ...session }) => session);

describe("Strong CSV, v1 (semicolons, unit per row)", () => {
  const result = parseImport(STRONG_V1, "strong.csv", {});

  it("reads workouts, maps names, keeps other exercises and converts nothing", () => {
    expect(result.format).toBe("strong-csv");
    expect(result.unit).toBe("kg");
    expect(strip(result.sessions)).toStrictEqual([
      {
        date: "2024-03-04T18:30:00",
        notes: "Good session; slept 8h",
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            notes: "Feet a bit wider",
            sets: [
              { load: 40, reps: 12 },
              { load: 80, reps: 10, rpe: 8 },
              { load: 80, reps: 9, rpe: 8.5 },
            ],
          },
          { exercise: "romanian-deadlift", sets: [{ load: 60, reps: 10, rpe: 7 }] },
        ],
      },
      {
        date: "2024-03-07T18:00:00",
        exercises: [
          { exercise: "glute-bridge", sets: [{ load: 0, reps: 20 }] },
          { exercise: "other:Cable Kickback", sets: [{ load: 12.5, reps: 15 }] },
        ],
      },
    ]);
    expect(logSchema.safeParse({ sessions: result.sessions }).success).toBe(true);
  });

  it("warns about the timed set it skipped and lists the exercises kept by name", () => {
    expect(result.warnings).toEqual([
      "strong.csv: line 6: Plank: timed or distance sets without reps skipped (hipthrust logs sets by reps)",
    ]);
    expect(result.otherNames).toEqual(["Cable Kickback"]);
  });

  it("converts loads into the profile's unit, to 3 decimals", () => {
    const lb = parseImport(STRONG_V1, "strong.csv", { profileUnit: "lb" });
    expect(lb.unit).toBe("lb");
    const loads = lb.sessions.flatMap((s) => s.exercises?.flatMap((e) => e.sets.map((set) => set.load)));
    // 40 kg = 88.18490…, 80 kg = 176.36980…, 60 kg = 132.27735…, 12.5 kg = 27.55778… lb
    expect(loads).toEqual([88.185, 176.37, 176.37, 132.277, 0, 27.558]);
  });

  it("converts rows in another unit into the file's first unit", () => {
    const mixed = STRONG_V1.replace(
      "Romanian Deadlift (Barbell);1;60;kg",
      "Romanian Deadlift (Barbell);1;135;lbs",
    );
    const result = parseImport(mixed, "strong.csv", {});
    expect(result.unit).toBe("kg");
    // 135 lb = 61.23497… kg
    expect(result.sessions[0]?.exercises?.[1]?.sets[0]?.load).toBe(61.235);
  });

  it("gives the same keys on every import of the same file", () => {
    const again = parseImport(STRONG_V1, "export-2.csv", { profileUnit: "lb" });
    expect(result.sessions.map((s) => s.externalKey)).toEqual([
      "strong:2024-03-04T18:30:00:Glutes A",
      "strong:2024-03-07T18:00:00:Glutes B",
    ]);
    expect(again.sessions.map((s) => s.externalKey)).toEqual(result.sessions.map((s) => s.externalKey));
    expect(result.sessions.every((s) => s.source === "strong")).toBe(true);
  });
});

describe("Strong CSV, v2 (commas, no unit)", () => {
  it("asks for --unit when neither the options nor the profile give one", () => {
    expect(() => parseImport(STRONG_V2, "strong.csv", {})).toThrow(InputError);
    expect(() => parseImport(STRONG_V2, "strong.csv", {})).toThrow(/give --unit kg or --unit lb/);
  });

  it("takes the unit from --unit, converting into the profile's unit", () => {
    const lb = parseImport(STRONG_V2, "strong.csv", { unit: "lb" });
    expect(lb.unit).toBe("lb");
    expect(strip(lb.sessions)).toStrictEqual([
      {
        date: "2024-05-01T07:15:00",
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            sets: [
              { load: 135, reps: 10 },
              { load: 225, reps: 8, rpe: 9 },
            ],
          },
          { exercise: "back-squat", sets: [{ load: 185, reps: 5, rpe: 8 }] },
        ],
      },
    ]);
    expect(lb.warnings).toEqual([
      "strong.csv: line 6: Leg Press: empty rows (no reps, load, time or distance) skipped",
    ]);
    const kg = parseImport(STRONG_V2, "strong.csv", { unit: "lb", profileUnit: "kg" });
    expect(kg.sessions[0]?.exercises?.[0]?.sets.map((s) => s.load)).toEqual([61.235, 102.058]);
  });

  it("a file without units is refused until --unit says which, even with a profile unit", () => {
    expect(() => parseImport(STRONG_V2, "strong.csv", { profileUnit: "kg" })).toThrow(
      "does not say whether weights are in kg or lb; give --unit kg or --unit lb",
    );
  });
});

describe("Strong CSV, v3 (Workout #, unit in the header)", () => {
  const result = parseImport(STRONG_V3, "strong.csv", {});

  it("keeps warm-ups marked, drops rest timers, skips timed sets with a warning", () => {
    expect(strip(result.sessions)).toStrictEqual([
      {
        date: "2025-01-10T17:00:00",
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            notes: 'Pause at top, "1s"',
            sets: [
              { load: 20, reps: 10, warmup: true },
              { load: 60, reps: 5, warmup: true },
              { load: 100, reps: 8, rpe: 8 },
              { load: 100, reps: 8, rpe: 9 },
              { load: 80, reps: 10, setType: "drop" },
            ],
          },
          { exercise: "leg-curl", sets: [{ load: 35, reps: 12 }] },
          { exercise: "hip-abduction-machine", sets: [{ load: 50, reps: 15 }] },
        ],
      },
      {
        date: "2025-01-13T17:05:00",
        notes: "Left hip tight,\nwarmed up longer",
        exercises: [
          { exercise: "back-squat", sets: [{ load: 90, reps: 5, rpe: 8 }] },
          { exercise: "bodyweight-hip-thrust", sets: [{ load: 0, reps: 20 }] },
          { exercise: "other:Bench Press (Barbell)", sets: [{ load: 60, reps: 8 }] },
        ],
      },
    ]);
    expect(result.warnings[0]).toBe(
      "strong.csv: line 10: Walking (Treadmill): timed or distance sets without reps skipped (hipthrust logs sets by reps)",
    );
  });

  it("gives a workout the same key as in the older export", () => {
    const v1 = STRONG_V1.replaceAll("2024-03-04 18:30:00", "2025-01-10 17:00:00").replaceAll(
      "Glutes A",
      "Glutes",
    );
    const keyV1 = parseImport(v1, "old.csv", {}).sessions[0]?.externalKey;
    expect(keyV1).toBe("strong:2025-01-10T17:00:00:Glutes");
    expect(result.sessions[0]?.externalKey).toBe(keyV1);
  });

  it("reads lb exports", () => {
    const lb = parseImport(STRONG_V3.replace("Weight (kg)", "Weight (lbs)"), "strong.csv", {
      profileUnit: "kg",
    });
    expect(lb.sessions[0]?.exercises?.[0]?.sets[2]?.load).toBe(45.359);
  });
});

describe("Strong CSV, bad rows", () => {
  it("rejects the whole file, naming the line (counting multi-line notes) and the reason", () => {
    // Each row of the second workout spans two lines (its note does), so the bench press row starts on line 15.
    const bad = STRONG_V3.replace(
      '"Bench Press (Barbell)","1","60","8"',
      '"Bench Press (Barbell)","1","60","abc"',
    );
    expect(() => parseImport(bad, "strong.csv", {})).toThrow(
      'strong.csv: line 15: Reps: "abc" is not a number',
    );
  });

  it("skips assisted sets (a negative weight) with a warning instead of rejecting the file", () => {
    const assisted = `${STRONG_V3}\n${'"2","2026-02-23 07:30:00","Upper","3600"'},"Assisted Pull Up","1","-20","8","","","","",""`;
    const result = parseImport(assisted, "strong.csv", {});
    expect(result.warnings.join("\n")).toMatch(
      /strong\.csv: line \d+: Assisted Pull Up: assisted sets \(a negative weight\) skipped/,
    );
    const names = result.sessions.flatMap((s) => (s.exercises ?? []).map((e) => e.exercise));
    expect(names).not.toContain("other:Assisted Pull Up");
    expect(names).toContain("barbell-hip-thrust");
  });

  it("lists every bad row at once", () => {
    const bad = STRONG_V3.replace('"W","20"', '"X","20"')
      .replace('"1","100","8","8"', '"1","100","8.5","8"')
      .replace('"2","100","8","9"', '"2","heavy","8","9"');
    try {
      parseImport(bad, "strong.csv", {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message.split("\n")).toEqual([
        'strong.csv: line 2: Set Order: "X" is not a set number, W, D, F, WARM_UP, DROP_SET, FAILURE or Rest Timer',
        'strong.csv: line 4: Reps: "8.5" is not a whole number',
        'strong.csv: line 6: Weight (kg): "heavy" is not a number',
      ]);
      expect((error as InputError).issues[0]).toEqual({
        field: "line 2: Set Order",
        problem: '"X" is not a set number, W, D, F, WARM_UP, DROP_SET, FAILURE or Rest Timer',
      });
    }
  });

  it("rejects blank reps on a set row, a bad date, an RPE out of range and an unknown unit", () => {
    const blankReps = STRONG_V3.replace(
      '"Lying Leg Curl (Machine)","1","35","12"',
      '"Lying Leg Curl (Machine)","1","35",""',
    );
    expect(() => parseImport(blankReps, "s.csv", {})).toThrow("s.csv: line 8: Reps: is empty");
    const badDate = STRONG_V1.replace(
      "2024-03-07 18:00:00;Glutes B;Glute",
      "2024-02-30 18:00:00;Glutes B;Glute",
    );
    expect(() => parseImport(badDate, "s.csv", {})).toThrow(
      's.csv: line 7: Date: "2024-02-30 18:00:00" is not a date',
    );
    const badRpe = STRONG_V1.replace(";8,5;", ";11;");
    expect(() => parseImport(badRpe, "s.csv", {})).toThrow("s.csv: line 4: RPE: rpe must be from 1 to 10");
    const badUnit = STRONG_V1.replace(";80;kg;10;", ";80;stone;10;");
    expect(() => parseImport(badUnit, "s.csv", {})).toThrow(
      's.csv: line 3: Weight Unit: "stone" is not kg or lb',
    );
  });
});
