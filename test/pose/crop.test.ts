import { describe, expect, it } from "vitest";
import { fullFrameRegion, nextCropRegion, searchRegions, torsoVisible } from "../../src/pose/crop.js";
import type { Keypoint17 } from "../../src/pose/types.js";

/** A person lying side on, hips at (400, 300), shoulders 150 px to the left, knees 120 px right. */
function lyingPerson(score = 0.8): Keypoint17[] {
  const points: Keypoint17[] = Array.from({ length: 17 }, () => [0, 0, 0.05] as Keypoint17);
  const set = (i: number, x: number, y: number) => {
    points[i] = [x, y, score];
  };
  set(0, 220, 290); // nose
  set(5, 250, 300);
  set(6, 252, 302); // shoulders
  set(11, 400, 300);
  set(12, 402, 302); // hips
  set(13, 520, 250);
  set(14, 522, 252); // knees
  set(15, 540, 350);
  set(16, 542, 352); // ankles
  return points;
}

describe("MoveNet crop regions", () => {
  it("starts from the whole frame, padded to a square around its centre", () => {
    expect(fullFrameRegion(1280, 720)).toEqual({ x: 0, y: -280, size: 1280 });
    expect(fullFrameRegion(640, 656)).toEqual({ x: -8, y: 0, size: 656 });
  });

  it("crops a square centred on the hips that holds the torso and the whole body with margins", () => {
    const region = nextCropRegion(lyingPerson(), 1280, 720);
    const cx = region.x + region.size / 2;
    const cy = region.y + region.size / 2;
    expect(cx).toBeCloseTo(401, 5);
    expect(cy).toBeCloseTo(301, 5);
    // Torso reaches 151 px from the hip centre: 1.9 × 151 = 286.9 beats the body's 1.2 × 181.
    expect(region.size / 2).toBeCloseTo(151 * 1.9, 5);
    for (const [x, y] of lyingPerson().filter((p) => p[2] > 0.2)) {
      expect(x).toBeGreaterThan(region.x);
      expect(x).toBeLessThan(region.x + region.size);
      expect(y).toBeGreaterThan(region.y);
      expect(y).toBeLessThan(region.y + region.size);
    }
  });

  it("goes back to the full frame when the torso is lost", () => {
    const lost = lyingPerson().map(([x, y], i) => [x, y, i === 11 || i === 12 ? 0.1 : 0.8] as Keypoint17);
    expect(torsoVisible(lost)).toBe(false);
    expect(nextCropRegion(lost, 1280, 720)).toEqual(fullFrameRegion(1280, 720));
    expect(nextCropRegion(lyingPerson(), 1280, 720).size).toBeLessThan(1280);
  });

  it("uses the full frame when the person would need a crop larger than the frame", () => {
    const huge = lyingPerson().map(
      ([x, y, s]) => [(x - 400) * 4 + 400, (y - 300) * 4 + 300, s] as Keypoint17,
    );
    expect(nextCropRegion(huge, 640, 480)).toEqual(fullFrameRegion(640, 480));
  });

  it("looks for a lost person in squares of the shorter side along the longer one, in wide frames only", () => {
    expect(searchRegions(1920, 1080)).toEqual([
      { x: 0, y: 0, size: 1080 },
      { x: 420, y: 0, size: 1080 },
      { x: 840, y: 0, size: 1080 },
    ]);
    expect(searchRegions(720, 1280)).toEqual([
      { x: 0, y: 0, size: 720 },
      { x: 0, y: 280, size: 720 },
      { x: 0, y: 560, size: 720 },
    ]);
    expect(searchRegions(640, 656)).toEqual([]);
  });
});
