import { describe, expect, it } from "vitest";
import { keypointsFileSchema } from "../../src/contract/keypoints.js";
import { rescale, toKeypointsFile } from "../../src/pose/keypoints-file.js";
import type { Keypoint17 } from "../../src/pose/types.js";

const pose = (x: number): Keypoint17[] =>
  Array.from({ length: 17 }, (_, i) => [x + i + 0.04, 10.06, 0.91234]);

describe("frames → CONTRACT keypoints file", () => {
  it("writes a valid coco17 file in time order, rounded, in the recording's pixels", () => {
    const file = toKeypointsFile({ fps: 29.97, width: 1080, height: 1920 }, [
      { t: 0.2, keypoints: rescale(pose(50), 0.5) },
      { t: 0.1, keypoints: rescale(pose(40), 0.5) },
    ]);
    expect(keypointsFileSchema.safeParse(file).success).toBe(true);
    expect(file.format).toBe("coco17");
    expect(file.frames.map((f) => f.t)).toEqual([0.1, 0.2]);
    expect(file.frames[0]?.keypoints[0]).toEqual([80.1, 20.1, 0.912]);
  });

  it("keeps one frame per time when two frames share it", () => {
    const file = toKeypointsFile({ fps: 30, width: 10, height: 10 }, [
      { t: 0.1, keypoints: pose(1) },
      { t: 0.1, keypoints: pose(2) },
    ]);
    expect(file.frames).toHaveLength(1);
  });
});
