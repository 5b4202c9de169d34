// The web app's "attach to this set" (POST /sets/:id/analyses) fills the set's form gates (P3)
// as `analyze --attach` does, and never silently overrides gates entered by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/contract/analysis.js";
import { keypointsFileSchema } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { BACKENDS } from "../storage/backends.js";
import { type Harness, harness } from "./harness.js";

const keypoints = keypointsFileSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8")),
);
const clean: Analysis = analyzeKeypoints(keypoints);
/** The same set with its first rep short of lockout. */
const short: Analysis = {
  ...clean,
  reps: clean.reps.map((rep, i) =>
    i === 0 ? { ...rep, faults: [...rep.faults, "incomplete-lockout"] } : rep,
  ),
};

describe.each(BACKENDS)("attach a form analysis to a set ($name)", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(backend);
    await h.call("POST", "/api/athletes", { name: "ana", unit: "kg" });
  });
  afterAll(async () => {
    await h?.close();
  });

  const logSet = async (gates: object) => {
    const res = await h.call("POST", "/api/athletes/ana/sets", {
      date: "2026-12-01",
      exercise: "barbell-hip-thrust",
      load: 60,
      reps: clean.repCount,
      ...gates,
    });
    expect(res.status).toBe(201);
    return res.body.set.id as number;
  };
  const gatesOf = async (id: number) => {
    const { body } = await h.call("GET", `/api/athletes/ana/sets/${id}`);
    return { fullLockout: body.fullLockout, controlled: body.controlled };
  };

  it("P3: fills the gates of a set logged without them from the video", async () => {
    expect(clean.repCount).toBeGreaterThan(0);
    const id = await logSet({});
    const res = await h.call("POST", `/api/athletes/ana/sets/${id}/analyses`, short);
    expect(res.status).toBe(201);
    expect(res.body.gates).toEqual({ fullLockout: false, controlled: true });
    expect(await gatesOf(id)).toEqual({ fullLockout: false, controlled: true });
    const analyses = await h.call("GET", `/api/athletes/ana/sets/${id}/analyses`);
    expect(analyses.body).toMatchObject([{ setId: id, analysis: { repCount: short.repCount } }]);
  });

  it("refuses to override gates ticked by hand unless asked (force), storing nothing when refused", async () => {
    const id = await logSet({ fullLockout: true, controlled: true });
    const refused = await h.call("POST", `/api/athletes/ana/sets/${id}/analyses`, short);
    expect(refused.status).toBe(422);
    expect(await gatesOf(id)).toEqual({ fullLockout: true, controlled: true });
    expect((await h.call("GET", `/api/athletes/ana/sets/${id}/analyses`)).body).toHaveLength(0);

    const forced = await h.call("POST", `/api/athletes/ana/sets/${id}/analyses?force=true`, short);
    expect(forced.status).toBe(201);
    expect(await gatesOf(id)).toEqual({ fullLockout: false, controlled: true });
  });

  it("attaches a video that agrees with the hand-ticked gates without asking", async () => {
    const id = await logSet({ fullLockout: true, controlled: true });
    const res = await h.call("POST", `/api/athletes/ana/sets/${id}/analyses`, clean);
    expect(res.status).toBe(201);
    expect(await gatesOf(id)).toEqual({ fullLockout: true, controlled: true });
  });
});
