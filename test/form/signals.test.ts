import { describe, expect, it } from "vitest";
import { smoothZeroPhase } from "../../src/form/filter.js";
import { DEFAULT_SIGNAL } from "../../src/form/options.js";
import { bridgeGaps, maskUnseen, removeSpikes } from "../../src/form/signals.js";
import { standardDeviation } from "../../src/form/stats.js";

const timesAt = (fps: number, n: number) => Float64Array.from({ length: n }, (_, i) => i / fps);

/** A ramp with `missing` unseen frames starting at frame 10. */
function rampWithGap(missing: number): Float64Array {
  return Float64Array.from({ length: 60 }, (_, i) => (i >= 10 && i < 10 + missing ? Number.NaN : i * 2));
}

describe("gap bridging (maxGapSeconds 0.5)", () => {
  it("fills a 0.5 s gap at 30 fps with the straight line between its ends", () => {
    const out = bridgeGaps(rampWithGap(15), timesAt(30, 60), 1 / 30, 0.5);
    for (let i = 10; i < 25; i++) expect(out[i]).toBeCloseTo(i * 2, 9);
  });

  it("leaves a gap longer than 0.5 s unseen rather than invent the movement", () => {
    const out = bridgeGaps(rampWithGap(16), timesAt(30, 60), 1 / 30, 0.5);
    expect(Number.isNaN(out[10] as number)).toBe(true);
    expect(Number.isNaN(out[25] as number)).toBe(true);
  });

  it("uses seconds, not frames: the same 0.5 s is 30 frames at 60 fps", () => {
    const seen = bridgeGaps(
      Float64Array.from({ length: 90 }, (_, i) => (i >= 10 && i < 40 ? Number.NaN : i)),
      timesAt(60, 90),
      1 / 60,
      0.5,
    );
    expect(seen[25]).toBeCloseTo(25, 9);
  });

  it("never extends a track before its first or after its last seen sample", () => {
    const values = Float64Array.from([Number.NaN, Number.NaN, 1, 2, Number.NaN]);
    const out = bridgeGaps(values, timesAt(30, 5), 1 / 30, 0.5);
    expect(Number.isNaN(out[0] as number)).toBe(true);
    expect(Number.isNaN(out[4] as number)).toBe(true);
  });
});

describe("low scores and misdetections", () => {
  it("treats keypoints scored below minScore as unseen", () => {
    const track = {
      x: Float64Array.from([1, 2, 3]),
      y: Float64Array.from([1, 2, 3]),
      score: Float64Array.from([0.9, 0.1, 0.3]),
    };
    const path = maskUnseen(track, 0.3);
    expect(Array.from(path.x)).toEqual([1, Number.NaN, 3]);
  });

  it("drops a single-frame jump even when it is scored high", () => {
    const x = Float64Array.from({ length: 30 }, (_, i) => 100 + i);
    x[15] = 400;
    const path = removeSpikes({ x, y: new Float64Array(30) }, timesAt(30, 30), 0.1, 50);
    expect(Number.isNaN(path.x[15] as number)).toBe(true);
    expect(path.x[14]).toBe(114);
  });
});

describe("One Euro smoothing, run forwards and backwards", () => {
  const noisy = (fps: number, seconds: number) => {
    let state = 7;
    const rand = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648 - 0.5;
    };
    return Float64Array.from({ length: fps * seconds }, () => 170 + 6 * rand());
  };

  it("cuts the jitter of a still joint", () => {
    const values = noisy(60, 4);
    const out = smoothZeroPhase(values, timesAt(60, values.length), DEFAULT_SIGNAL);
    expect(standardDeviation(Array.from(out.slice(30, -30)))).toBeLessThan(
      standardDeviation(Array.from(values)) / 3,
    );
  });

  it("smooths as much at 24 fps as at 60 fps (cutoffs in Hz, not frames)", () => {
    const at24 = smoothZeroPhase(noisy(24, 8), timesAt(24, 192), DEFAULT_SIGNAL);
    const at60 = smoothZeroPhase(noisy(60, 8), timesAt(60, 480), DEFAULT_SIGNAL);
    const spread24 = standardDeviation(Array.from(at24.slice(24, -24)));
    const spread60 = standardDeviation(Array.from(at60.slice(60, -60)));
    // White noise of equal size per frame carries more power per Hz at 24 fps; within a factor of two.
    expect(spread24 / spread60).toBeLessThan(2);
    expect(spread24 / spread60).toBeGreaterThan(0.5);
  });

  it("does not delay a movement: a step stays where it happened", () => {
    const times = timesAt(60, 240);
    const step = Float64Array.from(times, (t) => (t < 2 ? 100 : 180));
    const out = smoothZeroPhase(step, times, DEFAULT_SIGNAL);
    const half = out.findIndex((v) => v >= 140);
    expect(Math.abs((times[half] as number) - 2)).toBeLessThan(0.05);
  });

  it("restarts after an unseen stretch instead of smearing across it", () => {
    const values = Float64Array.from({ length: 120 }, (_, i) => (i < 50 ? 100 : i < 70 ? Number.NaN : 150));
    const out = smoothZeroPhase(values, timesAt(60, 120), DEFAULT_SIGNAL);
    expect(out[49]).toBeCloseTo(100, 6);
    expect(Number.isNaN(out[60] as number)).toBe(true);
    expect(out[70]).toBeCloseTo(150, 6);
  });
});
