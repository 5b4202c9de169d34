import { describe, expect, it } from "vitest";
import { cropPixels, MOVENET_INPUT_SIZE, toFramePixels } from "../../src/pose/movenet.js";

function gradientFrame(width: number, height: number) {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      data[o] = x % 256;
      data[o + 1] = y % 256;
      data[o + 2] = 200;
    }
  }
  return { data, width, height };
}

describe("MoveNet input and output mapping", () => {
  it("samples a crop into a 192×192 RGB input, black outside the frame", () => {
    const frame = gradientFrame(400, 300);
    const input = cropPixels(frame, { x: -100, y: 0, size: 384 });
    expect(input.length).toBe(MOVENET_INPUT_SIZE * MOVENET_INPUT_SIZE * 3);
    const at = (row: number, col: number) =>
      Array.from(input.slice((row * 192 + col) * 3, (row * 192 + col) * 3 + 3));
    // Column 10 maps to x = -100 + 10.5 × 2 − 0.5 < 0: padding.
    expect(at(50, 10)).toEqual([0, 0, 0]);
    // Column 100 maps to x = 100.5, row 50 to y = 100.5: the gradient's values there.
    expect(at(50, 100)).toEqual([101, 101, 200]);
  });

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
