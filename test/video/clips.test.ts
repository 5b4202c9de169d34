import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { analysisSchema } from "../../src/contract/analysis.js";
import { keypointsFileSchema } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { analyzeVideo, type VideoResult } from "../../src/jobs/analyze-video.js";
import { analysisPicture } from "../../src/jobs/picture.js";

/**
 * The whole pipeline (ffmpeg → MoveNet on two worker threads → form analysis) on the shared real
 * recordings, each analysed once and shared by the tests. Counts are the clips README's, made by eye.
 */
const root = join(import.meta.dirname, "../..");
const clips = join(root, "../shared/clips");
const present = existsSync(clips);
if (!present) console.log(`skipping the real-recording tests: ${clips} is missing`);

const SLOW = 900_000;
const results: Record<string, VideoResult> = {};

describe.skipIf(!present)("real recordings, analysed end to end", () => {
  beforeAll(async () => {
    for (const name of ["hip-thrust-bodyweight-side", "glute-bridge-side", "frog-pump-side"]) {
      results[name] = await analyzeVideo(join(clips, `${name}.mp4`), { name: `${name}.mp4` });
    }
  }, SLOW);

  it("hip thrust: six reps, feet to the right, the clip's opening descent not counted", () => {
    const { analysis } = results["hip-thrust-bodyweight-side"] as VideoResult;
    expect(analysis.repCount).toBe(6);
    expect(analysis.facing).toBe("right");
    expect(analysis.reps[0]?.start).toBeGreaterThan(1);
    for (const rep of analysis.reps) {
      expect(rep.hipAngleTop).toBeGreaterThan(165);
      expect(rep.hipAngleTop).toBeLessThan(195);
      expect(rep.faults).not.toContain("hyperextension");
    }
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
  });

  it("measures every rep's top from frames the model saw, interpolating only mid-movement", () => {
    const { analysis, pass } = results["hip-thrust-bodyweight-side"] as VideoResult;
    const interpolated = pass.frames.filter((f) => f.interpolated);
    expect(interpolated.length).toBeGreaterThan(0);
    expect(pass.inferences).toBeLessThan(pass.framesDecoded);
    for (const rep of analysis.reps) {
      // The lockout angle and the top's time come from the frames around the top: the model's own.
      const nearTop = pass.frames.filter((f) => Math.abs(f.t - rep.top) < 0.1);
      expect(nearTop.length).toBeGreaterThan(0);
      expect(nearTop.some((f) => f.interpolated)).toBe(false);
    }
  });

  it("reports the source: file, duration, fps, size, rate and model", () => {
    const { analysis } = results["hip-thrust-bodyweight-side"] as VideoResult;
    expect(analysis.source).toEqual({
      file: "hip-thrust-bodyweight-side.mp4",
      durationSeconds: expect.closeTo(16.07, 1),
      fps: 30,
      width: 640,
      height: 656,
      rateAnalysed: 15,
      model: "movenet-singlepose-lightning-v4",
    });
  });

  it("glute bridge: two slow reps with tops where the README puts them", () => {
    const { analysis } = results["glute-bridge-side"] as VideoResult;
    expect(analysis.repCount).toBe(2);
    expect(analysis.facing).toBe("right");
    expect(analysis.reps[0]?.top).toBeGreaterThanOrEqual(1.3);
    expect(analysis.reps[0]?.top).toBeLessThanOrEqual(2.5);
    expect(analysis.reps[1]?.top).toBeGreaterThanOrEqual(5.5);
    expect(analysis.reps[1]?.top).toBeLessThanOrEqual(6.5);
    expect(analysis.reps.flatMap((r) => r.faults)).not.toContain("fast-eccentric");
  });

  it("frog pump: eight reps (the last cut off at its top) and foot placement not judged", () => {
    const { analysis } = results["frog-pump-side"] as VideoResult;
    expect(analysis.repCount).toBe(8);
    const readme = [2.7, 5.0, 7.5, 10.1, 12.5, 14.9, 17.5, 19.8];
    analysis.reps.forEach((rep, k) => {
      expect(Math.abs(rep.top - (readme[k] as number))).toBeLessThan(0.4);
    });
    expect(analysis.notJudged.map((n) => n.check)).toContain("foot-placement");
    const faults = analysis.reps.flatMap((r) => r.faults);
    expect(faults).not.toContain("feet-too-close");
    expect(faults).not.toContain("feet-too-far");
    // The recording ends at the eighth top: its descent is not judged rather than called fast.
    expect(analysis.reps[7]?.faults).not.toContain("fast-eccentric");
    expect(analysis.notJudged.map((n) => n.check)).toContain("rep-8-descent");
  });

  it("writes a valid keypoints file that gives the same analysis without the video", () => {
    const { analysis, keypoints } = results["hip-thrust-bodyweight-side"] as VideoResult;
    expect(keypointsFileSchema.safeParse(keypoints).success).toBe(true);
    expect(keypoints.frames.length).toBeGreaterThan(15 * 15);
    const { source: _source, ...again } = { ...analysis };
    expect(analyzeKeypoints(keypoints)).toEqual(again);
  });

  it(
    "draws a picture with a panel per rep above the plot",
    async () => {
      const { analysis, keypoints } = results["hip-thrust-bodyweight-side"] as VideoResult;
      const png = await analysisPicture(
        analysis,
        keypoints,
        "hip thrust",
        join(clips, "hip-thrust-bodyweight-side.mp4"),
      );
      const meta = await sharp(png).metadata();
      expect(meta.format).toBe("png");
      expect(meta.width).toBeGreaterThan(900);
      expect(meta.height).toBeGreaterThan(2 * 380 + 300);
    },
    SLOW,
  );

  it(
    "refuses the squat through the command line: exit 2, saying what it saw and how to film",
    async () => {
      const run = promisify(execFile);
      const error = await run(join(root, "bin/hipthrust"), [
        "analyze",
        join(clips, "squat-not-a-hip-thrust.mp4"),
      ]).then(
        () => null,
        (e: { code: number; stderr: string; stdout: string }) => e,
      );
      expect(error?.code).toBe(2);
      expect(error?.stderr).toMatch(/squat-not-a-hip-thrust\.mp4: not a hip thrust: this looks like a squat/);
      expect(error?.stderr).toMatch(/lying back/);
      expect(error?.stderr).toMatch(/side on/);
      expect(error?.stdout).toBe("");
    },
    SLOW,
  );
});
