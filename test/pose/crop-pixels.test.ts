import { describe, expect, it } from "vitest";
import { cropPixels } from "../../src/pose/crop-pixels.js";
import { MOVENET_INPUT_SIZE } from "../../src/pose/movenet.js";
import type { RgbFrame, Yuv420Frame } from "../../src/pose/types.js";

function gradientFrame(width: number, height: number): RgbFrame {
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

/** The frame as ffmpeg's yuv420p (BT.601, limited range), chroma averaged over each 2×2 block. */
function toYuv420({ data, width, height }: RgbFrame): Yuv420Frame {
  const cw = (width + 1) >> 1;
  const ch = (height + 1) >> 1;
  const yuv420 = new Uint8Array(width * height + 2 * cw * ch);
  const rgbAt = (x: number, y: number) => {
    const o = (Math.min(y, height - 1) * width + Math.min(x, width - 1)) * 3;
    return [data[o] as number, data[o + 1] as number, data[o + 2] as number] as const;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = rgbAt(x, y);
      yuv420[y * width + x] = Math.round(16 + 0.256788 * r + 0.504129 * g + 0.097906 * b);
    }
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let u = 0;
      let v = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const [r, g, b] = rgbAt(2 * x + dx, 2 * y + dy);
        u += 128 - 0.148223 * r - 0.290993 * g + 0.439216 * b;
        v += 128 + 0.439216 * r - 0.367788 * g - 0.071427 * b;
      }
      yuv420[width * height + y * cw + x] = Math.round(u / 4);
      yuv420[width * height + cw * ch + y * cw + x] = Math.round(v / 4);
    }
  }
  return { yuv420, width, height };
}

const pixel = (input: Int32Array, row: number, col: number, size = MOVENET_INPUT_SIZE) =>
  Array.from(input.slice((row * size + col) * 3, (row * size + col) * 3 + 3));

describe("the model's input crop", () => {
  it("samples a crop into a 192×192 RGB input, black outside the frame", () => {
    const frame = gradientFrame(400, 300);
    const input = cropPixels(frame, { x: -100, y: 0, size: 384 }, MOVENET_INPUT_SIZE);
    expect(input.length).toBe(MOVENET_INPUT_SIZE * MOVENET_INPUT_SIZE * 3);
    // Column 10 maps to x = -100 + 10.5 × 2 − 0.5 < 0: padding.
    expect(pixel(input, 50, 10)).toEqual([0, 0, 0]);
    // Column 100 maps to x = 100.5, row 50 to y = 100.5: the gradient's values there.
    expect(pixel(input, 50, 100)).toEqual([101, 101, 200]);
  });

  it("reads YUV 4:2:0 frames as the same RGB, within the rounding of the conversion", () => {
    const rgb = gradientFrame(400, 300);
    const region = { x: -100, y: -20, size: 384 };
    const fromRgb = cropPixels(rgb, region, MOVENET_INPUT_SIZE);
    const fromYuv = cropPixels(toYuv420(rgb), region, MOVENET_INPUT_SIZE);
    let worst = 0;
    for (let i = 0; i < fromRgb.length; i++) {
      worst = Math.max(worst, Math.abs((fromRgb[i] as number) - (fromYuv[i] as number)));
    }
    // Inside the frame the colours agree; at its edge the half-resolution chroma blurs a little.
    for (const [row, col] of [
      [50, 100],
      [120, 150],
      [180, 60],
    ] as const) {
      const a = pixel(fromRgb, row, col);
      const b = pixel(fromYuv, row, col);
      for (let c = 0; c < 3; c++)
        expect(Math.abs((a[c] as number) - (b[c] as number))).toBeLessThanOrEqual(2);
    }
    expect(worst).toBeLessThanOrEqual(40);
    // Outside the frame: black, as with RGB.
    expect(pixel(fromYuv, 5, 10)).toEqual([0, 0, 0]);
  });

  it("converts limited-range YUV to full-range RGB (white, black, red)", () => {
    const frame = (y: number, u: number, v: number): Yuv420Frame => {
      const yuv420 = new Uint8Array(4 * 4 + 2 * 2 * 2);
      yuv420.fill(y, 0, 16);
      yuv420.fill(u, 16, 20);
      yuv420.fill(v, 20, 24);
      return { yuv420, width: 4, height: 4 };
    };
    const centre = (f: Yuv420Frame) => pixel(cropPixels(f, { x: 1, y: 1, size: 2 }, 2), 0, 0, 2);
    expect(centre(frame(235, 128, 128))).toEqual([255, 255, 255]);
    expect(centre(frame(16, 128, 128))).toEqual([0, 0, 0]);
    const [r, g, b] = centre(frame(81, 90, 240));
    expect(r).toBeGreaterThanOrEqual(253);
    expect(g).toBeLessThanOrEqual(2);
    expect(b).toBeLessThanOrEqual(2);
  });

  it("reads frames of odd width and height (chroma planes rounded up) without going past the data", () => {
    const rgb = gradientFrame(5, 3);
    const yuv = toYuv420(rgb);
    expect(yuv.yuv420.length).toBe(15 + 2 * 3 * 2);
    const input = cropPixels(yuv, { x: 0, y: -1, size: 5 }, 5);
    expect(Array.from(input).every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
    // The bottom-right pixel reads the last chroma sample, not past the plane.
    const last = pixel(input, 3, 4, 5);
    expect(last[2]).toBeGreaterThan(150);
  });
});
