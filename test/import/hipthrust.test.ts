import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/contract/errors.js";
import { logSchema } from "../../src/contract/log.js";
import { EXERCISE_IDS } from "../../src/core/knowledge/ids.js";
import type { Session, TrainingLog } from "../../src/core/types.js";
import { parseImport, toCsv } from "../../src/import/index.js";

const strip = (sessions: readonly { source: string; externalKey: string }[]) =>
  sessions.map(({ source: _s, externalKey: _k, ...session }) => session);

const LOG: TrainingLog = {
  sessions: [
    { date: "2026-11-02", readiness: { soreness: 3, fatigue: 4, sleepHours: 7.5 } },
    {
      date: "2026-11-02T18:05:00",
      notes: 'Gym was busy, "used the Smith", then\nswitched back',
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          notes: "feet, a bit closer",
          sets: [
            { load: 40, reps: 10, warmup: true },
            { load: 62.5, reps: 10, rpe: 8, fullLockout: true, controlled: true, pain: 0 },
            { load: 62.5, reps: 9, rpe: 9, fullLockout: false, controlled: true, pain: 2 },
          ],
        },
        { exercise: "barbell-hip-thrust", sets: [{ load: 50, reps: 12 }] },
        { exercise: "other:Cable Kickback, rope", sets: [] },
        { exercise: "romanian-deadlift", sets: [{ load: 70, reps: 8, rpe: 7 }] },
      ],
    },
    { date: "2026-11-05", exercises: [{ exercise: "glute-bridge", sets: [{ load: 0, reps: 20 }] }] },
  ],
};

describe("hipthrust CSV", () => {
  it("writes one row per set with session fields repeated", () => {
    const csv = toCsv(LOG, "kg");
    const lines = csv.split("\n");
    expect(lines[0]).toBe(
      "session,date,exercise,set,load,unit,reps,rpe,warmup,fullLockout,controlled,pain,exerciseNotes,soreness,fatigue,sleepHours,sessionNotes",
    );
    expect(lines[1]).toBe("1,2026-11-02,,,,,,,,,,,,3,4,7.5,");
    expect(lines[2]).toBe(
      '2,2026-11-02T18:05:00,barbell-hip-thrust,1,40,kg,10,,true,,,,"feet, a bit closer",,,,"Gym was busy, ""used the Smith"", then',
    );
    expect(csv.endsWith("3,2026-11-05,glute-bridge,1,0,kg,20,,,,,,,,,,\n")).toBe(true);
  });

  it("reads back exactly what it wrote, with stable keys", () => {
    const result = parseImport(toCsv(LOG, "kg"), "log.csv", { profileUnit: "kg" });
    expect(result.format).toBe("hipthrust-csv");
    expect(result.unit).toBe("kg");
    expect(strip(result.sessions)).toStrictEqual(LOG.sessions);
    expect(result.sessions.map((s) => s.externalKey)).toEqual([
      "hipthrust:2026-11-02#1",
      "hipthrust:2026-11-02T18:05:00#1",
      "hipthrust:2026-11-05#1",
    ]);
  });

  it("converts into the profile's unit", () => {
    const result = parseImport(toCsv(LOG, "kg"), "log.csv", { profileUnit: "lb" });
    expect(result.sessions[1]?.exercises?.[0]?.sets.map((s) => s.load)).toEqual([88.185, 137.789, 137.789]);
  });

  it("accepts exercise names and blank repeated cells in a hand-written file", () => {
    const csv = [
      "session,date,exercise,set,load,unit,reps,rpe,sessionNotes",
      "1,2026-12-01,Hip Thrust (Barbell),1,60,kg,10,8,after work",
      "1,,Hip Thrust (Barbell),2,60,kg,10,8.5,",
      "1,,Leg Press,1,100,kg,12,,",
    ].join("\r\n");
    expect(strip(parseImport(csv, "mine.csv", {}).sessions)).toStrictEqual([
      {
        date: "2026-12-01",
        notes: "after work",
        exercises: [
          {
            exercise: "barbell-hip-thrust",
            sets: [
              { load: 60, reps: 10, rpe: 8 },
              { load: 60, reps: 10, rpe: 8.5 },
            ],
          },
          { exercise: "leg-press", sets: [{ load: 100, reps: 12 }] },
        ],
      },
    ]);
  });

  it("rejects inconsistent rows with their lines", () => {
    const csv = [
      "session,date,exercise,set,load,unit,reps,rpe,pain,fatigue,warmup",
      "1,2026-12-01,barbell-hip-thrust,1,60,kg,10,8,,,",
      "1,2026-12-02,barbell-hip-thrust,3,60,kg,10,8,,,",
      "2,2026-12-03,barbell-hip-thrust,2,60,kg,10,8,,,",
      "1,2026-12-01,barbell-hip-thrust,1,60,kg,10,8,,,",
      "3,2026-13-03,barbell-hip-thrust,1,60,,10,8,11,12,yes",
      "4,2026-12-05,,1,60,kg,10,,,,",
    ].join("\n");
    try {
      parseImport(csv, "mine.csv", {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message.split("\n")).toEqual([
        'mine.csv: line 3: date: "2026-12-02" differs from "2026-12-01" on line 2',
        "mine.csv: line 4: set: 2 starts an exercise entry; its first set is 1",
        "mine.csv: line 5: session: 1 began on line 2; a session's rows must be together",
        'mine.csv: line 6: date: "2026-13-03" is not a date (YYYY-MM-DD or an ISO 8601 date-time)',
        "mine.csv: line 7: exercise: is empty but the row has a set",
      ]);
    }
    const fixedDate = csv.replace("2026-12-02", "").replace("2026-13-03", "2026-12-04");
    expect(() => parseImport(fixedDate, "mine.csv", {})).toThrow(
      "mine.csv: line 3: set: 3 does not follow set 1",
    );
  });

  it.each([
    ["fatigue", "12", "fatigue: fatigue must be from 0 to 10"],
    ["pain", "11", "pain: pain must be from 0 to 10"],
    ["warmup", "yes", 'warmup: "yes" is not true or false'],
    ["unit", "", "unit: is empty (kg or lb)"],
    ["load", "", "load: is empty (0 for bodyweight)"],
  ])("rejects %s = %j", (column, value, problem) => {
    const cells: Record<string, string> = {
      session: "1",
      date: "2026-12-01",
      exercise: "barbell-hip-thrust",
      set: "1",
      load: "60",
      unit: "kg",
      reps: "10",
      [column]: value,
    };
    const csv = `${Object.keys(cells).join(",")}\n${Object.values(cells).join(",")}\n`;
    expect(() => parseImport(csv, "mine.csv", {})).toThrow(`mine.csv: line 2: ${problem}`);
  });
});

// Any valid log: loads, RPE, pain and readiness over their whole ranges, any text in notes and
// `other:` names (commas, quotes, line breaks, any Unicode), repeated exercises and dates.
const score = fc.double({ min: 0, max: 10, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
// No NUL: a valid log's text never holds it (PostgreSQL cannot store it).
const text = fc.string({ unit: "binary", minLength: 1, maxLength: 16 }).filter((t) => !t.includes("\u0000"));
const setArb = fc.record(
  {
    load: fc.double({ min: 0, max: 2000, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    reps: fc.integer({ min: 0, max: 100 }),
    rpe: fc.double({ min: 1, max: 10, noNaN: true }),
    fullLockout: fc.boolean(),
    controlled: fc.boolean(),
    pain: score,
    warmup: fc.boolean(),
  },
  { requiredKeys: ["load", "reps"], noNullPrototype: true },
);
const exerciseArb = fc.oneof(
  fc.constantFrom(...EXERCISE_IDS),
  text.map((name) => `other:${name}`),
);
const entryArb = fc.record(
  { exercise: exerciseArb, sets: fc.array(setArb, { maxLength: 4 }), notes: text },
  { requiredKeys: ["exercise", "sets"], noNullPrototype: true },
);
const dateArb = fc
  .tuple(
    fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
    fc.boolean(),
  )
  .map(([d, dayOnly]) => (dayOnly ? d.toISOString().slice(0, 10) : d.toISOString()));
const readinessArb = fc
  .record(
    { soreness: score, fatigue: score, sleepHours: fc.double({ min: 0, max: 24, noNaN: true }) },
    { requiredKeys: [], noNullPrototype: true },
  )
  .filter((r) => Object.keys(r).length > 0);
const sessionArb: fc.Arbitrary<Session> = fc.record(
  {
    date: fc.oneof(dateArb, fc.constant("2026-11-02")),
    readiness: readinessArb,
    exercises: fc.array(entryArb, { minLength: 1, maxLength: 4 }),
    notes: text,
  },
  { requiredKeys: ["date"], noNullPrototype: true },
);
const logArb = fc.record({ sessions: fc.array(sessionArb, { maxLength: 6 }) }, { noNullPrototype: true });

describe("hipthrust CSV round trip", () => {
  it("toCsv → parseImport gives back any valid log exactly", () => {
    fc.assert(
      fc.property(logArb, fc.constantFrom("kg" as const, "lb" as const), (log, unit) => {
        expect(logSchema.safeParse(log).success).toBe(true);
        const once = parseImport(toCsv(log, unit), "log.csv", { profileUnit: unit });
        expect(strip(once.sessions)).toStrictEqual(log.sessions);
        const twice = parseImport(toCsv(log, unit), "log.csv", { profileUnit: unit });
        expect(twice.sessions.map((s) => s.externalKey)).toEqual(once.sessions.map((s) => s.externalKey));
        expect(new Set(once.sessions.map((s) => s.externalKey)).size).toBe(log.sessions.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("hipthrust JSON", () => {
  const file = JSON.stringify({
    profile: {
      unit: "lb",
      experience: "novice",
      goal: "hypertrophy",
      daysPerWeek: 3,
      equipment: ["barbell"],
    },
    ...LOG,
  });

  it("reads a log file with its profile, in the file's unit", () => {
    const result = parseImport(file, "export.json", {});
    expect(result.format).toBe("hipthrust-json");
    expect(result.unit).toBe("lb");
    expect(result.profile?.goal).toBe("hypertrophy");
    expect(strip(result.sessions)).toStrictEqual(LOG.sessions);
    expect(result.sessions.map((s) => s.externalKey)).toEqual(
      parseImport(toCsv(LOG, "lb"), "x.csv", {}).sessions.map((s) => s.externalKey),
    );
  });

  it("converts the profile's loads into the athlete's unit", () => {
    const result = parseImport(`\uFEFF${file}`, "export.json", { profileUnit: "kg" });
    // 62.5 lb = 28.34952… kg
    expect(result.sessions[1]?.exercises?.[0]?.sets.map((s) => s.load)).toEqual([18.144, 28.35, 28.35]);
  });

  it("reads the unit a profile-less export writes beside its sessions", () => {
    const exported = JSON.stringify({ unit: "lb", ...LOG });
    expect(parseImport(exported, "export.json", {}).unit).toBe("lb");
    const inKg = parseImport(exported, "export.json", { profileUnit: "kg" });
    expect(inKg.sessions[1]?.exercises?.[0]?.sets.map((s) => s.load)).toEqual([18.144, 28.35, 28.35]);
  });

  it("reads a bare log as it is", () => {
    const result = parseImport(JSON.stringify(LOG), "log.json", { profileUnit: "kg" });
    expect(result.unit).toBe("kg");
    expect(strip(result.sessions)).toStrictEqual(LOG.sessions);
  });

  it("names the field at fault, and bad JSON", () => {
    const bad = JSON.stringify({
      sessions: [{ date: "2026-11-02", exercises: [{ exercise: "curl", sets: [] }] }],
    });
    expect(() => parseImport(bad, "log.json", {})).toThrow("log.json: sessions[0].exercises[0].exercise:");
    expect(() => parseImport('{"sessions": [', "log.json", {})).toThrow(/^log\.json: not valid JSON/);
  });
});

describe("parseImport", () => {
  it("lists the supported formats for an unknown header", () => {
    expect(() => parseImport("Day,Lift,Kilos\n2024-01-01,Squat,100\n", "other.csv", {})).toThrow(
      /other\.csv: not a known export \(header: Day, Lift, Kilos\); supported: Strong CSV .*Hevy CSV.*hipthrust CSV.*hipthrust JSON/,
    );
  });

  it("rejects an empty file", () => {
    expect(() => parseImport(" \n", "empty.csv", {})).toThrow("empty.csv: the file is empty");
  });

  it("reads a header-only export as no sessions", () => {
    const result = parseImport("session,date,exercise,set,load,unit,reps\n", "log.csv", {});
    expect(result).toEqual({ format: "hipthrust-csv", unit: null, sessions: [], warnings: [] });
  });
});
