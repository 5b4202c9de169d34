import { describe, expect, it } from "vitest";
import { analysisSchema } from "../../src/contract/analysis.js";
import { InputError } from "../../src/contract/errors.js";
import type { KeypointsFile } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { LAYOUTS } from "../../src/form/keypoints.js";
import type { AnalyzeOptions } from "../../src/form/options.js";
import { generateSet } from "../../src/form/synthetic/index.js";

function refusal(file: KeypointsFile, options: AnalyzeOptions = {}): string {
  try {
    analyzeKeypoints(file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("the analysis did not refuse the recording");
}

describe("view check", () => {
  it("refuses a recording filmed from the front and says how to film", () => {
    const { file } = generateSet(11, { view: "front", yawDegrees: 0 });
    const message = refusal(file);
    expect(message).toMatch(/not at the side/);
    expect(message).toMatch(/side on/);
    expect(message).toMatch(/whole body/);
    expect(message).toMatch(/hip height/);
  });

  it("refuses a recording with no person in it", () => {
    const { file } = generateSet(12, { view: "empty" });
    expect(refusal(file)).toMatch(/no person found.*side on/);
  });

  it("says which part of a person is out of the picture instead of finding no one", () => {
    const { file } = generateSet(12);
    /**
     * The recording with these joints unseen on both sides: guessed at the frame's right edge, as when
     * they are past it, or where they are, as when the picture is too dark to make them out.
     */
    const without = (joints: ("shoulder" | "knee" | "ankle")[], atEdge = true): KeypointsFile => {
      const slots = joints.flatMap((joint) => [LAYOUTS.coco17.left[joint], LAYOUTS.coco17.right[joint]]);
      return {
        ...file,
        frames: file.frames.map((frame) => ({
          t: frame.t,
          keypoints: frame.keypoints.map(([x, y, s], k) =>
            slots.includes(k) ? [atEdge ? file.width - 1 : x, y, 0.05] : [x, y, s],
          ),
        })),
      };
    };
    const feetCut = refusal(without(["knee", "ankle"]));
    expect(feetCut).toMatch(
      /cut out of the picture: a body was seen in \d+ of \d+ frames, but the knees were outside the frame/,
    );
    expect(feetCut).toMatch(/Step the camera back.*side on/);
    expect(refusal(without(["shoulder"]))).toMatch(/cut out of the picture: .* but the shoulders were/);
    const dark = refusal(without(["knee", "ankle"], false));
    expect(dark).toMatch(
      /not clear enough: a body was seen in \d+ of \d+ frames, but the knees could not be made out/,
    );
    expect(dark).toMatch(/brighter, even light/);
  });

  it("refuses a picture in which the hip chain is made out in under 60% of the frames with a person", () => {
    const { file } = generateSet(12);
    const hip = [LAYOUTS.coco17.left.hip, LAYOUTS.coco17.right.hip];
    /** The hips made out in `share` of the frames, evenly spread, as in a dark and grainy clip. */
    const hipsSeen = (share: number): KeypointsFile => ({
      ...file,
      frames: file.frames.map((frame, i) => ({
        t: frame.t,
        keypoints: frame.keypoints.map(([x, y, s], k) =>
          hip.includes(k) && (i * share) % 1 >= share ? [x, y, 0.1] : [x, y, s],
        ),
      })),
    });
    const unclear =
      /not clear enough: the shoulder, hip and knee were made out with confidence in only (\d+)% of the frames with a person/.exec(
        refusal(hipsSeen(0.5)),
      );
    expect(Number(unclear?.[1])).toBeLessThan(60);
    expect(refusal(hipsSeen(0.5))).toMatch(/too dark, grainy or blurred/);
    // When the pixels showed a plate over the hip, the refusal names it instead of the light.
    const plate = "a weight plate hid the hip in 9 of the 10 frames looked at (one a second)";
    const hidden = refusal(hipsSeen(0.5), { hipHidden: plate });
    expect(hidden).toContain(`${plate}, so the model could not place it`);
    expect(hidden).not.toMatch(/too dark/);
    expect(analyzeKeypoints(hipsSeen(0.75)).repCount).toBe(generateSet(12).truth.reps.length);
  });

  it("reads the side nearer the camera, for both facing directions", () => {
    for (const facing of ["left", "right"] as const) {
      const set = generateSet(13, { facing, noise: 0.5 });
      const analysis = analyzeKeypoints(set.file);
      expect(analysis.side).toBe(set.truth.side);
      expect(analysis.facing).toBe(facing);
      expect(analysis.repCount).toBe(set.truth.repCount);
    }
  });
});

/** The same recording in MediaPipe's 33-point order: the joints the analysis reads move to their BlazePose slots. */
function asBlazePose(file: KeypointsFile): KeypointsFile {
  const moves: [number, number][] = [];
  for (const side of ["left", "right"] as const) {
    for (const joint of ["shoulder", "hip", "knee", "ankle"] as const) {
      moves.push([LAYOUTS.coco17[side][joint], LAYOUTS.blazepose33[side][joint]]);
    }
  }
  return {
    ...file,
    format: "blazepose33",
    frames: file.frames.map((frame) => {
      const keypoints = Array.from({ length: 33 }, () => [0, 0, 0.02] as [number, number, number]);
      for (const [from, to] of moves) keypoints[to] = frame.keypoints[from] as [number, number, number];
      return { t: frame.t, keypoints };
    }),
  };
}

describe("pose formats", () => {
  it("gives the same analysis for blazepose33 as for the same keypoints in coco17", () => {
    const { file } = generateSet(21, { format: "coco17" });
    expect(analyzeKeypoints(asBlazePose(file))).toEqual(analyzeKeypoints(file));
  });

  it("analyses a generated blazepose33 recording", () => {
    const set = generateSet(22, { format: "blazepose33" });
    expect(analyzeKeypoints(set.file).repCount).toBe(set.truth.repCount);
  });
});

describe("a recording that stops during the last rep's lowering", () => {
  // A fast descent on every rep, then the recording cut three quarters of the way down the last one.
  const set = generateSet(78, { faults: ["fast-eccentric"], faultShare: 1, reps: 4 });
  const whole = analyzeKeypoints(set.file);
  const last = whole.reps.at(-1);
  if (!last) throw new Error("the generated set has reps");
  const stop = last.end - last.eccentricSeconds / 4;
  const cut = analyzeKeypoints({ ...set.file, frames: set.file.frames.filter((f) => f.t <= stop) });

  it("still counts the rep but does not call its unfilmed lowering fast (fast-eccentric, bounce)", () => {
    expect(whole.reps.every((r) => r.faults.includes("fast-eccentric"))).toBe(true);
    expect(cut.repCount).toBe(whole.repCount);
    expect(cut.reps.at(-1)?.faults).not.toContain("fast-eccentric");
    expect(cut.reps.at(-1)?.faults).not.toContain("bounce");
    expect(cut.reps.slice(0, -1).every((r) => r.faults.includes("fast-eccentric"))).toBe(true);
    expect(cut.notJudged.map((n) => n.check)).toContain(`rep-${cut.repCount}-lowering`);
  });
});

describe("recording conditions", () => {
  const conditions = [
    { fps: 24, size: [1280, 720] as const, rollDegrees: -6 },
    { fps: 60, size: [1080, 1920] as const, rollDegrees: 5 },
    { fps: 29.97, size: [368, 640] as const, exercise: "glute-bridge" as const },
    { fps: 50, size: [3840, 2160] as const, standing: true, partials: 1 },
  ];
  for (const [k, condition] of conditions.entries()) {
    it(`counts reps at ${condition.fps} fps on a ${condition.size.join("×")} image (${JSON.stringify(condition)})`, () => {
      const set = generateSet(100 + k, condition);
      const analysis = analyzeKeypoints(set.file);
      expect(analysis.repCount).toBe(set.truth.repCount);
      expect(analysis.partials).toHaveLength(set.truth.partials);
    });
  }

  it("returns output of CONTRACT's shape, the same every time", () => {
    const { file } = generateSet(31, { faults: ["bounce", "incomplete-lockout"] });
    const first = analyzeKeypoints(file);
    expect(analysisSchema.safeParse(first).success).toBe(true);
    expect(analyzeKeypoints(file)).toEqual(first);
    const found = new Set([...first.reps.flatMap((r) => r.faults), ...first.setFaults]);
    expect(new Set(first.cues.map((c) => c.fault))).toEqual(found);
  });

  it("applies thresholds given in the options", () => {
    const { file } = generateSet(32, { faults: [], noise: 0.3 });
    const strict = analyzeKeypoints(file, { thresholds: { lockoutMinDegrees: 200 } });
    expect(strict.reps.every((r) => r.faults.includes("incomplete-lockout"))).toBe(true);
  });
});
