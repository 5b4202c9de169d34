import { describe, expect, it } from "vitest";
import { findPlate, hidesHip, hipHiddenIn, type Point, plateVerdict } from "../../src/pose/plate.js";
import { COCO17, type Keypoint17, type RgbFrame, type Yuv420Frame } from "../../src/pose/types.js";

type Rgb = [number, number, number];
const W = 320;
const H = 240;
const shoulder = { x: 80, y: 110 };
const hip = { x: 170, y: 125 };
const knee = { x: 240, y: 120 };

/** A gym wall with some texture, a body drawn as thick limbs, and what `extra` paints on top. */
function scene(extra: (x: number, y: number) => Rgb | null = () => null): RgbFrame {
  const data = new Uint8Array(W * H * 3);
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed % 13) - 6;
  };
  const nearSegment = (p: Point, a: Point, b: Point, width: number) => {
    const vx = b.x - a.x;
    const vy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(p.x - a.x - t * vx, p.y - a.y - t * vy) <= width;
  };
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const wall = 170 + 25 * Math.sin(x / 9) * Math.sin(y / 7);
      let rgb: Rgb = [wall, wall - 10, wall + 20];
      if (nearSegment({ x, y }, shoulder, hip, 16) || nearSegment({ x, y }, hip, knee, 13))
        rgb = [225, 200, 60];
      rgb = extra(x, y) ?? rgb;
      const n = noise();
      data.set(
        rgb.map((c) => Math.max(0, Math.min(255, c + n))),
        (y * W + x) * 3,
      );
    }
  }
  return { data, width: W, height: H };
}

const disc = (cx: number, cy: number, r: number, colour: Rgb) => (x: number, y: number) =>
  Math.hypot(x - cx, y - cy) <= r ? colour : null;

describe("finding a weight plate over the hip", () => {
  it("finds a black iron plate centred on the hip, with its size", () => {
    const plate = findPlate(scene(disc(172, 122, 34, [30, 30, 30])), { shoulder, hip, knee });
    expect(plate).not.toBeNull();
    expect(Math.hypot((plate?.x ?? 0) - 172, (plate?.y ?? 0) - 122)).toBeLessThan(4);
    expect(plate?.r).toBeGreaterThan(31);
    expect(plate?.r).toBeLessThan(37);
    expect(hidesHip(plate, hip)).toBe(true);
  });

  it("finds a coloured bumper plate when the model put the hip at its lower rim", () => {
    const lowHip = { x: 170, y: 152 };
    const plate = findPlate(scene(disc(170, 122, 30, [40, 70, 190])), { shoulder, hip: lowHip, knee });
    expect(hidesHip(plate, lowHip)).toBe(true);
  });

  it("finds nothing on a body with no plate, nor a ball out beyond the hip's reach", () => {
    expect(findPlate(scene(), { shoulder, hip, knee })).toBeNull();
    expect(findPlate(scene(disc(290, 50, 28, [200, 80, 80])), { shoulder, hip, knee })).toBeNull();
  });

  it("says the hip is not hidden when a plate is beside it, not over it", () => {
    const plate = { x: 120, y: 60, r: 25, rim: 1 };
    expect(hidesHip(plate, hip)).toBe(false);
    expect(hidesHip(null, hip)).toBe(false);
  });

  it("reads a YUV frame's brightness as it comes, and tells a hidden hip from keypoints", () => {
    const rgb = scene(disc(172, 122, 34, [30, 30, 30]));
    const yuv420 = new Uint8Array(W * H + 2 * (W / 2) * (H / 2)).fill(128);
    for (let i = 0; i < W * H; i++) {
      const [r, g, b] = [rgb.data[3 * i], rgb.data[3 * i + 1], rgb.data[3 * i + 2]] as number[];
      yuv420[i] =
        16 +
        Math.round((219 * (0.299 * (r as number) + 0.587 * (g as number) + 0.114 * (b as number))) / 255);
    }
    const frame: Yuv420Frame = { yuv420, width: W, height: H };
    const keypoints = COCO17.map((): Keypoint17 => [0, 0, 0.05]);
    keypoints[6] = [shoulder.x, shoulder.y, 0.8]; // the right side, nearer the camera
    keypoints[12] = [hip.x, hip.y, 0.7];
    keypoints[14] = [knee.x, knee.y, 0.8];
    expect(hipHiddenIn(frame, keypoints)).toBe(true);
    expect(hipHiddenIn(scene(), keypoints)).toBe(false);
    keypoints[12] = [hip.x, hip.y, 0.1]; // no sure hip: no person to ask about
    expect(hipHiddenIn(frame, keypoints)).toBeNull();
  });
});

describe("the set's verdict", () => {
  it("holds the lockout back only when a plate hid the hip in most frames looked at, two at least", () => {
    expect(plateVerdict([true, true, false])).toBe(
      "a weight plate hid the hip in 2 of the 3 frames looked at (one a second)",
    );
    expect(plateVerdict([true, false])).toBeNull();
    expect(plateVerdict([true])).toBeNull();
    expect(plateVerdict([])).toBeNull();
  });
});
