// The V3 load check wired into every way a set arrives: CLI `log`, the API's session and set
// routes, and `import`. Each refuses with the field named and stores nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Cli, cli, PROFILE } from "../cli/stored-log-helpers.js";
import { harness } from "../server/harness.js";
import { BACKENDS } from "../storage/backends.js";

const HOME = {
  ...PROFILE,
  equipment: ["barbell", "plates", "bench", "dumbbells"],
  barWeight: 20,
  dumbbellMax: 30,
};
const backend = BACKENDS[0] as (typeof BACKENDS)[number];

describe("V3: CLI log and import refuse loads the equipment cannot make", () => {
  let c: Cli;
  beforeEach(async () => {
    c = await cli(backend);
    c.file("profile.json", HOME);
    expect((await c.hipthrust("profile", "set", "profile.json")).code).toBe(0);
  });
  afterEach(() => c.dispose());

  it("V3: `log` of a barbell set below the bar exits 2 naming --load and barWeight, storing nothing", async () => {
    const before = await c.counts();
    const res = await c.hipthrust("log", "--exercise", "barbell-hip-thrust", "--load", "15", "--reps", "10");
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/option --load: 15 kg is below the bar's own weight \(barWeight 20 kg\)/);
    expect(await c.counts()).toEqual(before);
  });

  it("V3: `log` of a dumbbell over dumbbellMax exits 2; in pounds it is converted first", async () => {
    const over = await c.hipthrust(
      "log",
      "--exercise",
      "dumbbell-hip-thrust",
      "--load",
      "32.5",
      "--reps",
      "12",
    );
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/dumbbellMax 30 kg/);
    const lb = await c.hipthrust(
      "log",
      "--exercise",
      "dumbbell-hip-thrust",
      "--load",
      "65",
      "--reps",
      "12",
      "--unit",
      "lb",
    );
    expect(lb.code).toBe(0);
  });

  it("V3: `log --file` names the file and the set's path", async () => {
    c.file("s.json", {
      date: "2026-11-19",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 60, reps: 10 },
            { load: 10, reps: 10 },
          ],
        },
      ],
    });
    const res = await c.hipthrust("log", "--file", "s.json");
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/s\.json: exercises\[0\]\.sets\[1\]\.load: 10 kg is below/);
  });

  it("V3: `import` names the session, its date and the field, and stores nothing of the file", async () => {
    c.file("log.json", {
      sessions: [
        {
          date: "2026-11-02",
          exercises: [{ exercise: "barbell-hip-thrust", sets: [{ load: 60, reps: 10 }] }],
        },
        {
          date: "2026-11-05",
          exercises: [{ exercise: "dumbbell-hip-thrust", sets: [{ load: 40, reps: 10 }] }],
        },
      ],
    });
    const before = await c.counts();
    const res = await c.hipthrust("import", "log.json");
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(
      /sessions\[1\]\.exercises\[0\]\.sets\[0\]\.load \(workout of 2026-11-05\): 40 kg is above/,
    );
    expect(await c.counts()).toEqual(before);
  });

  it("a Strong 'Glute Bridge (Barbell)' at 225 lb imports as the loaded barbell glute bridge, load kept", async () => {
    const csv = [
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      '2026-11-10 07:15:00,"Lower",1h,"Glute Bridge (Barbell)",1,225.0,8.0,0,0,"","",8',
    ].join("\n");
    c.file("strong.csv", csv);
    expect((await c.hipthrust("import", "strong.csv", "--unit", "lb")).code).toBe(0);
    const exported = JSON.parse((await c.hipthrust("export", "--format", "json")).stdout);
    const entry = exported.sessions[0].exercises[0];
    expect(entry.exercise).toBe("barbell-glute-bridge");
    expect(entry.sets[0].load).toBeCloseTo(102.058, 2);
  });
});

describe("V3: the API's session and set routes answer 400 naming the field", () => {
  it("V3: POST sets, POST session sets and POST/PUT sessions refuse, and nothing is stored", async () => {
    const h = await harness(backend);
    try {
      await h.call("POST", "/api/athletes", { name: "ann" });
      await h.call("PUT", "/api/athletes/ann/profile", HOME);
      const ok = await h.call("POST", "/api/athletes/ann/sets", {
        date: "2026-11-02",
        exercise: "barbell-hip-thrust",
        load: 60,
        reps: 10,
      });
      expect(ok.status).toBe(201);
      const low = await h.call("POST", "/api/athletes/ann/sets", {
        date: "2026-11-02",
        exercise: "barbell-hip-thrust",
        load: 15,
        reps: 10,
      });
      expect(low.status).toBe(400);
      expect(low.body.issues).toEqual([
        { field: "exercises[0].sets[0].load", problem: expect.stringMatching(/barWeight 20 kg/) },
      ]);
      const inSession = await h.call("POST", `/api/athletes/ann/sessions/${ok.body.sessionId}/sets`, {
        exercise: "dumbbell-hip-thrust",
        load: 35,
        reps: 10,
      });
      expect(inSession.status).toBe(400);
      const session = {
        date: "2026-11-04",
        exercises: [{ exercise: "dumbbell-hip-thrust", sets: [{ load: 35, reps: 10 }] }],
      };
      const post = await h.call("POST", "/api/athletes/ann/sessions", session);
      expect(post.status).toBe(400);
      expect(post.body.issues[0].field).toBe("exercises[0].sets[0].load");
      const put = await h.call("PUT", `/api/athletes/ann/sessions/${ok.body.sessionId}`, session);
      expect(put.status).toBe(400);
      const stored = await h.call("GET", "/api/athletes/ann/sessions");
      expect(stored.body).toHaveLength(1);
      expect(stored.body[0].exercises).toHaveLength(1);
      expect(stored.body[0].exercises[0].sets.map((s: { load: number }) => s.load)).toEqual([60]);
    } finally {
      await h.close();
    }
  });
});
