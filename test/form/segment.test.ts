import { describe, expect, it } from "vitest";
import { DEFAULT_REPS } from "../../src/form/options.js";
import { segmentReps, zigzag } from "../../src/form/segment.js";

const FPS = 30;

/** A hip-angle trace built from (target angle, seconds) moves with smooth starts and stops. */
function trace(start: number, moves: [number, number][]): Float64Array {
  const out: number[] = [start];
  let value = start;
  for (const [to, seconds] of moves) {
    const n = Math.round(seconds * FPS);
    for (let i = 1; i <= n; i++) out.push(value + ((to - value) * (1 - Math.cos((Math.PI * i) / n))) / 2);
    value = to;
  }
  return Float64Array.from(out);
}

const rep = (bottom: number, top: number): [number, number][] => [
  [top, 0.8],
  [top, 0.8],
  [bottom, 1.6],
  [bottom, 0.6],
];
const lying = (n: number) => new Float64Array(n);

describe("zigzag", () => {
  it("keeps only swings at least as large as asked", () => {
    const values = Float64Array.from([0, 10, 8, 30, 0, 2, 40, 0]);
    const kinds = zigzag(values, 15).map((e) => `${e.kind}@${e.index}`);
    expect(kinds).toEqual(["valley@0", "peak@3", "valley@4", "peak@6", "valley@7"]);
  });
});

describe("rep segmentation (hysteresis on the set's own range)", () => {
  it("counts full reps and reports a rise under half the typical range as a partial", () => {
    const hip = trace(100, [
      [100, 1],
      ...rep(100, 180),
      ...rep(100, 180),
      [128, 0.6], // a partial: 28° of an 80° range
      [100, 0.8],
      [100, 0.6],
      ...rep(100, 180),
    ]);
    const result = segmentReps(hip, lying(hip.length), DEFAULT_REPS);
    expect(result.reps).toHaveLength(3);
    expect(result.partials).toHaveLength(1);
    expect(result.partials[0]?.fraction).toBeCloseTo(28 / 80, 1);
    expect(result.typicalRange).toBeCloseTo(80, 0);
  });

  it("counts a glute bridge's smaller range (40°) the same way", () => {
    const hip = trace(140, [
      [140, 1],
      ...rep(140, 180),
      ...rep(140, 180),
      ...rep(140, 180),
      ...rep(140, 180),
    ]);
    expect(segmentReps(hip, lying(hip.length), DEFAULT_REPS).reps).toHaveLength(4);
  });

  it("ignores standing up after the set: the body line is steep, not lying back", () => {
    const hip = trace(100, [
      [100, 1],
      ...rep(100, 180),
      ...rep(100, 180),
      [70, 1],
      [70, 0.5],
      [178, 2],
      [178, 1],
    ]);
    const tilt = Float64Array.from(hip, (_, i) => (i > hip.length - 2.5 * FPS ? 80 : 5));
    expect(segmentReps(hip, tilt, DEFAULT_REPS).reps).toHaveLength(2);
  });

  it("does not count a rise the recording opens on partway up, but does count one that opens at the bottom", () => {
    const reps = [...rep(100, 180), ...rep(100, 180), ...rep(100, 180)];
    // Opens at 135° (over half of the 80° range below the top), rises to the top and lowers: no rep.
    const midway = trace(135, [[180, 0.5], [180, 0.8], [100, 1.6], [100, 0.6], ...reps]);
    expect(segmentReps(midway, lying(midway.length), DEFAULT_REPS).reps).toHaveLength(3);
    // Opens at the bottom and rises straight away: the first rise is a rep.
    const bottom = trace(100, [[180, 0.8], [180, 0.8], [100, 1.6], [100, 0.6], ...reps]);
    expect(segmentReps(bottom, lying(bottom.length), DEFAULT_REPS).reps).toHaveLength(4);
  });

  it("finds no reps in fidgeting that never covers the minimum range", () => {
    const hip = trace(100, [
      [108, 1],
      [100, 1],
      [110, 1],
      [100, 1],
    ]);
    expect(segmentReps(hip, lying(hip.length), DEFAULT_REPS).reps).toHaveLength(0);
  });
});
