// Bad input through the CLI (CONTRACT: exit 2; stderr names the file, the field and the problem).
// Each case runs `plan`, `next` or `decide` in process on files in a temp directory.
import { afterAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "../support/builders.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const PROFILE = {
  unit: "kg",
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
};
const SET = { load: 60, reps: 10, rpe: 8, fullLockout: true, controlled: true, pain: 0 };
const SESSION = { date: "2026-11-02", exercises: [{ exercise: "barbell-hip-thrust", sets: [SET] }] };
const GOOD_PROFILE = tmp.write("good-profile.json", PROFILE);
const GOOD_LOG = tmp.write("good-log.json", { sessions: [SESSION] });

/** A profile with one field replaced (undefined removes it). */
function profileWith(patch: Record<string, unknown>) {
  return JSON.stringify({ ...PROFILE, ...patch });
}
/** A log whose first set has one field replaced. */
function logWithSet(patch: Record<string, unknown>) {
  return JSON.stringify({
    sessions: [{ ...SESSION, exercises: [{ exercise: "barbell-hip-thrust", sets: [{ ...SET, ...patch }] }] }],
  });
}
function logWithSession(patch: Record<string, unknown>) {
  return JSON.stringify({ sessions: [{ ...SESSION, ...patch }] });
}

async function expectBadInput(argv: string[], mentions: (string | RegExp)[]) {
  const { code, stdout, stderr } = await cli(argv, tmp.dir);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  for (const m of mentions) {
    if (typeof m === "string") expect(stderr).toContain(m);
    else expect(stderr).toMatch(m);
  }
  return stderr;
}

/**
 * Exit 2, and one line of stderr names the file and the field, then states the problem after the
 * field (so a word in the file name cannot pass for the problem).
 */
async function expectFieldError(argv: string[], file: string, field: string, problem: RegExp, not?: RegExp) {
  const stderr = await expectBadInput(argv, [file, field]);
  const line = stderr.split("\n").find((l) => l.includes(file) && l.includes(field)) ?? "";
  const after = line.slice(line.lastIndexOf(field) + field.length);
  expect(after).toMatch(problem);
  if (not) expect(after).not.toMatch(not);
}

interface ProfileCase {
  name: string;
  content: string;
  field: string;
  problem: RegExp;
  not?: RegExp;
}

const PROFILE_CASES: ProfileCase[] = [
  {
    name: "a missing goal",
    content: profileWith({ goal: undefined }),
    field: "goal",
    problem: /required|missing/i,
  },
  {
    name: "a missing daysPerWeek",
    content: profileWith({ daysPerWeek: undefined }),
    field: "daysPerWeek",
    problem: /required|missing/i,
  },
  {
    name: "daysPerWeek as a string",
    content: profileWith({ daysPerWeek: "3" }),
    field: "daysPerWeek",
    problem: /number/i,
    not: /required/i,
  },
  {
    name: "equipment as a string",
    content: profileWith({ equipment: "barbell" }),
    field: "equipment",
    problem: /array|list/i,
    not: /required/i,
  },
  {
    name: "a negative bodyweight",
    content: profileWith({ bodyweight: -70 }),
    field: "bodyweight",
    problem: /above 0|positive|negative/i,
  },
  { name: "the unit stone", content: profileWith({ unit: "stone" }), field: "unit", problem: /kg|lb/ },
  { name: "daysPerWeek 8", content: profileWith({ daysPerWeek: 8 }), field: "daysPerWeek", problem: /7/ },
  {
    name: "a negative plate",
    content: profileWith({ plates: [20, -5] }),
    field: "plates[1]",
    problem: /above 0|positive|negative/i,
  },
  {
    name: "a negative bar",
    content: profileWith({ barWeight: -20 }),
    field: "barWeight",
    problem: /negative|above|at least/i,
  },
  {
    name: "an unknown experience",
    content: profileWith({ experience: "expert" }),
    field: "experience",
    problem: /novice|intermediate|advanced/,
  },
  {
    name: "an unknown challenge",
    content: profileWith({ challenge: "daily-forever" }),
    field: "challenge",
    problem: /daily-two-weeks|invalid/i,
  },
  {
    name: "a JSON array instead of an object",
    content: "[]",
    field: ":",
    problem: /object/i,
    not: /required/i,
  },
];

describe("a malformed or invalid profile exits 2 naming the file, the field and the problem", () => {
  for (const c of PROFILE_CASES) {
    it.each(["plan", "decide"])(`%s: ${c.name}`, async (command) => {
      const file = tmp.write(`p${PROFILE_CASES.indexOf(c)}.json`, c.content);
      await expectFieldError([command, "--profile", file, "--json"], file, c.field, c.problem, c.not);
    });
  }

  it("next: a bad profile is reported before the log is used", async () => {
    const file = tmp.write("p-next.json", profileWith({ daysPerWeek: 0 }));
    await expectFieldError(
      ["next", "--profile", file, "--log", GOOD_LOG, "--date", "2026-11-05"],
      file,
      "daysPerWeek",
      /1|small|least/i,
    );
  });
});

interface LogCase {
  name: string;
  content: string;
  field: string;
  problem: RegExp;
  not?: RegExp;
}

const LOG_CASES: LogCase[] = [
  {
    name: "a negative load",
    content: logWithSet({ load: -5 }),
    field: "sessions[0].exercises[0].sets[0].load",
    problem: /negative/i,
  },
  {
    name: "RPE 14",
    content: logWithSet({ rpe: 14 }),
    field: "sessions[0].exercises[0].sets[0].rpe",
    problem: /10/,
  },
  {
    name: "pain 11",
    content: logWithSet({ pain: 11 }),
    field: "sessions[0].exercises[0].sets[0].pain",
    problem: /10/,
  },
  {
    name: "reps as a string",
    content: logWithSet({ reps: "10" }),
    field: "sessions[0].exercises[0].sets[0].reps",
    problem: /number/i,
    not: /required/i,
  },
  {
    name: "10.5 reps",
    content: logWithSet({ reps: 10.5 }),
    field: "sessions[0].exercises[0].sets[0].reps",
    problem: /whole|integer/i,
  },
  {
    name: "fullLockout as a string",
    content: logWithSet({ fullLockout: "yes" }),
    field: "sessions[0].exercises[0].sets[0].fullLockout",
    problem: /boolean|true|false/i,
    not: /required/i,
  },
  {
    name: "a missing load",
    content: logWithSet({ load: undefined }),
    field: "sessions[0].exercises[0].sets[0].load",
    problem: /required|missing/i,
  },
  {
    name: "an unknown exercise id",
    content: logWithSession({ exercises: [{ exercise: "hip-thruster-9000", sets: [SET] }] }),
    field: "sessions[0].exercises[0].exercise",
    problem: /exercise/i,
  },
  {
    name: "the date 2026-02-30",
    content: logWithSession({ date: "2026-02-30" }),
    field: "sessions[0].date",
    problem: /not a date|invalid date/i,
  },
  {
    name: "the date yesterday",
    content: logWithSession({ date: "yesterday" }),
    field: "sessions[0].date",
    problem: /not a date|invalid date/i,
  },
  {
    name: "a date-time at 25 o'clock",
    content: logWithSession({ date: "2026-11-02T25:00:00Z" }),
    field: "sessions[0].date",
    problem: /not a date|invalid date/i,
  },
  {
    name: "a missing date",
    content: logWithSession({ date: undefined }),
    field: "sessions[0].date",
    problem: /required|missing/i,
  },
  {
    name: "soreness 12",
    content: logWithSession({ readiness: { soreness: 12 } }),
    field: "sessions[0].readiness.soreness",
    problem: /10/,
  },
  {
    name: "no sessions array",
    content: JSON.stringify({ session: [] }),
    field: "sessions",
    problem: /required|missing/i,
  },
];

describe("a malformed or invalid log exits 2 naming the file, the field and the problem", () => {
  it.each(LOG_CASES)("next: $name", async (c) => {
    const file = tmp.write(`l${LOG_CASES.indexOf(c)}.json`, c.content);
    await expectFieldError(
      ["next", "--profile", GOOD_PROFILE, "--log", file, "--date", "2026-11-05", "--json"],
      file,
      c.field,
      c.problem,
      c.not,
    );
  });

  it("next: the field path points at the right session and set", async () => {
    const file = tmp.write(
      "log-second.json",
      JSON.stringify({
        sessions: [
          SESSION,
          {
            date: "2026-11-04",
            exercises: [{ exercise: "barbell-hip-thrust", sets: [SET, SET, { ...SET, rpe: 14 }] }],
          },
        ],
      }),
    );
    await expectBadInput(
      ["next", "--profile", GOOD_PROFILE, "--log", file, "--date", "2026-11-05"],
      [file, "sessions[1].exercises[0].sets[2].rpe"],
    );
  });
});

describe("files that are not JSON, or not there", () => {
  it.each(["plan", "decide"])("%s: a profile that is not JSON at all", async (command) => {
    const file = tmp.write("not-json.json", "unit: kg\ngoal: hypertrophy\n");
    await expectBadInput([command, "--profile", file], [file, /JSON/]);
  });

  it.each(["plan", "decide"])("%s: a missing profile file", async (command) => {
    await expectBadInput(
      [command, "--profile", "no-such-profile.json"],
      ["no-such-profile.json", /no such file|not found|cannot read/i],
    );
  });

  it("next: a log that is not JSON at all", async () => {
    const file = tmp.write("log-not-json.json", '{"sessions": [');
    await expectBadInput(
      ["next", "--profile", GOOD_PROFILE, "--log", file, "--date", "2026-11-05"],
      [file, /JSON/],
    );
  });

  it("next: a missing log file", async () => {
    await expectBadInput(
      ["next", "--profile", GOOD_PROFILE, "--log", "no-such-log.json", "--date", "2026-11-05"],
      ["no-such-log.json", /no such file|not found|cannot read/i],
    );
  });

  it("plan: an empty profile file", async () => {
    const file = tmp.write("empty.json", "");
    await expectBadInput(["plan", "--profile", file], [file, /JSON|empty/i]);
  });
});

describe("bad options", () => {
  it.each(["0", "-1", "53", "2.5", "abc", "four"])(
    "plan --weeks %s exits 2 and says what --weeks takes",
    async (weeks) => {
      await expectBadInput(
        ["plan", "--profile", GOOD_PROFILE, "--weeks", weeks],
        ["--weeks", /whole number|integer/i],
      );
    },
  );

  it("plan --weeks with no value exits 2", async () => {
    await expectBadInput(["plan", "--profile", GOOD_PROFILE, "--weeks"], ["--weeks", /value/i]);
  });

  it.each(["2026-02-30", "2026-13-01", "tomorrow", "5/11/2026", "2026-1-5", ""])(
    "next --date %j exits 2 and says it is not a date",
    async (date) => {
      await expectBadInput(
        ["next", "--profile", GOOD_PROFILE, "--log", GOOD_LOG, `--date=${date}`],
        ["--date", /not a date|YYYY-MM-DD/i],
      );
    },
  );

  it("an unknown option exits 2 and names it", async () => {
    await expectBadInput(["plan", "--profile", GOOD_PROFILE, "--wekes", "3"], ["--wekes"]);
  });

  it("unknown fields in a profile or log are ignored (CONTRACT), not an error", async () => {
    const profile = tmp.write(
      "extra-profile.json",
      profileWith({ favouriteColour: "green", notes: { a: 1 } }),
    );
    const log = tmp.write(
      "extra-log.json",
      JSON.stringify({
        app: "x",
        sessions: [{ ...SESSION, mood: "good", exercises: [{ ...SESSION.exercises[0], tempo: "3-1-1" }] }],
      }),
    );
    const { code, stderr } = await cli(
      ["next", "--profile", profile, "--log", log, "--date", "2026-11-05", "--json"],
      tmp.dir,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("the good files used above are accepted (control)", async () => {
    const { code } = await cli(
      ["next", "--profile", GOOD_PROFILE, "--log", GOOD_LOG, "--date", "2026-11-05"],
      tmp.dir,
    );
    expect(code).toBe(0);
  });
});
