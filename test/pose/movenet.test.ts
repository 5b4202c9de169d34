import { describe, expect, it } from "vitest";
import { toFramePixels } from "../../src/pose/movenet.js";

describe("MoveNet output mapping", () => {
  it("maps the model's (y, x, score) in the crop back to frame pixels", () => {
    const output = new Float32Array(17 * 3);
    output[0] = 0.25; // nose y
    output[1] = 0.5; // nose x
    output[2] = 0.9;
    const keypoints = toFramePixels(output, { x: -20, y: 40, size: 400 });
    expect(keypoints).toHaveLength(17);
    expect(keypoints[0]?.[0]).toBeCloseTo(180, 4);
    expect(keypoints[0]?.[1]).toBeCloseTo(140, 4);
    expect(keypoints[0]?.[2]).toBeCloseTo(0.9, 6);
  });
});
