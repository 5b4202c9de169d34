import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/contract/analysis.js";
import type { KeypointsFile } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { BACKENDS } from "../storage/backends.js";
import { addUser, type Harness, harness } from "./harness.js";

/** POST …/sets/:id/analyses stores the analysis and fills the set's P3 form gates, as `analyze --attach` does. */
const example = analyzeKeypoints(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8"),
  ) as KeypointsFile,
);
const shortOfTheLine: Analysis = {
  ...example,
  reps: example.reps.map((rep, i) =>
    i === 0 ? { ...rep, faults: [...rep.faults, "incomplete-lockout"] } : rep,
  ),
};

describe.each(BACKENDS)("attaching an analysis to a set over the API on $name", (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(backend);
    await h.call("POST", "/api/athletes", { name: "ann" });
  });
  afterEach(() => h.close());

  const logSet = async (gates: object = {}) => {
    const body = { date: "2026-11-05", exercise: "barbell-hip-thrust", load: 60, reps: 10, ...gates };
    const res = await h.call("POST", "/api/athletes/ann/sets", body);
    expect(res.status).toBe(201);
    return res.body.set.id as number;
  };
  const gatesOf = async (id: number) => {
    const { body } = await h.call("GET", `/api/athletes/ann/sets/${id}`);
    return { fullLockout: body.fullLockout, controlled: body.controlled };
  };

  it("fills the gates the person left empty from the video's verdict (P3)", async () => {
    const id = await logSet();
    const res = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses`, shortOfTheLine);
    expect(res.status).toBe(201);
    expect(res.body.gates).toEqual({ fullLockout: false, controlled: true });
    expect(await gatesOf(id)).toEqual({ fullLockout: false, controlled: true });
    const stored = await h.call("GET", `/api/athletes/ann/sets/${id}/analyses`);
    expect(stored.body).toMatchObject([{ setId: id, analysis: { repCount: example.repCount } }]);
  });

  it("keeps the lockout the person entered when the video could not judge it (a plate hid the hip)", async () => {
    const hidden: Analysis = {
      ...shortOfTheLine,
      reps: example.reps,
      notJudged: [
        { check: "lockout", why: "a weight plate hid the hip at the top of 3 of the 3 reps looked at" },
      ],
    };
    const id = await logSet({ fullLockout: false });
    const res = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses`, hidden);
    expect(res.status).toBe(201);
    expect(res.body.gates).toEqual({ fullLockout: null, controlled: true });
    expect(await gatesOf(id)).toEqual({ fullLockout: false, controlled: true });
    const empty = await logSet();
    await h.call("POST", `/api/athletes/ann/sets/${empty}/analyses`, hidden);
    expect((await gatesOf(empty)).fullLockout ?? null).toBeNull(); // unknown stays unknown: no P3 pass

    // A later video that does judge the lockout still may not overwrite the hand-entered one.
    expect(example.reps.flatMap((r) => r.faults)).not.toContain("incomplete-lockout");
    const refused = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses`, example);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/fullLockout false entered by hand/);
  });

  it("refuses to overwrite a gate entered by hand without force=true, storing nothing", async () => {
    const id = await logSet({ fullLockout: true, controlled: true });
    const refused = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses`, shortOfTheLine);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/fullLockout true entered by hand.*add \?force=true/);
    expect(await gatesOf(id)).toEqual({ fullLockout: true, controlled: true });
    expect((await h.call("GET", `/api/athletes/ann/sets/${id}/analyses`)).body).toEqual([]);

    const forced = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses?force=true`, shortOfTheLine);
    expect(forced.status).toBe(201);
    expect(await gatesOf(id)).toEqual({ fullLockout: false, controlled: true });
  });

  it("refuses an analysis without reps: it says nothing about the set's form", async () => {
    const id = await logSet();
    const none = { ...example, repCount: 0, reps: [] };
    const res = await h.call("POST", `/api/athletes/ann/sets/${id}/analyses`, none);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatch(/no rep/);
    expect(await gatesOf(id)).toEqual({ fullLockout: undefined, controlled: undefined });
  });

  it("needs a signed-in user who may see the athlete: 401 anonymous, 404 for someone else's athlete", async () => {
    const id = await logSet();
    await h.call("POST", "/api/athletes", { name: "bea" });
    const bea = await addUser(h.store, "bea", "athlete", { athlete: "bea" });
    const url = `/api/athletes/ann/sets/${id}/analyses`;
    expect((await h.callAs(null, "POST", url, example)).status).toBe(401);
    const other = await h.callAs(bea, "POST", url, example);
    expect(other.status).toBe(404);
    expect(other.body.error).toBe('no athlete named "ann"');
    expect((await h.callAs(bea, "GET", url)).status).toBe(404);
    expect(await gatesOf(id)).toEqual({ fullLockout: undefined, controlled: undefined });
    expect((await h.call("GET", url)).body).toEqual([]);
  });
});
