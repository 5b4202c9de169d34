import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { analyzeVideo, type VideoResult } from "../../src/jobs/analyze-video.js";
import { gatesFrom } from "../../src/jobs/attach.js";
import { loadedBarClip } from "./loaded-clip.js";

/** The shared set with a loaded bar drawn on (loadedBarClip): the pose model guesses the hidden hip, too low. */
const clip = join(import.meta.dirname, "../../../shared/clips/hip-thrust-bodyweight-side.mp4");
const SLOW = 600_000;

describe.skipIf(!existsSync(clip))("a loaded bar hides the hip from the side", () => {
  let loaded: VideoResult;

  beforeAll(async () => {
    loaded = await analyzeVideo(await loadedBarClip(clip, mkdtempSync(join(tmpdir(), "hipthrust-plate-"))));
  }, SLOW);

  it("the guessed hip reads most tops short of lockout (what the plate check is for)", () => {
    const guessed = analyzeKeypoints(loaded.keypoints);
    const short = guessed.reps.filter((rep) => rep.faults.includes("incomplete-lockout"));
    expect(short.length).toBeGreaterThanOrEqual(guessed.reps.length / 2);
  });

  it("finds the plate, judges no lockout from the guess, and says so", () => {
    const { analysis } = loaded;
    expect(analysis.repCount).toBe(6);
    for (const rep of analysis.reps) {
      expect(rep.faults).not.toContain("incomplete-lockout");
      expect(rep.faults).not.toContain("hyperextension");
    }
    const lockout = analysis.notJudged.find((n) => n.check === "lockout");
    expect(lockout?.why).toMatch(
      /a weight plate hid the hip in (\d+) of the \1 frames looked at.*check the lockout by eye/,
    );
  });

  it("leaves the set's fullLockout gate as it was, and still judges control", () => {
    expect(gatesFrom(loaded.analysis)).toEqual({ fullLockout: null, controlled: false });
  });
});
