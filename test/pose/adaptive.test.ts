import { describe, expect, it } from "vitest";
import {
  adaptivePoses,
  type Sample,
  type SampledPose,
  SEARCH_EVERY_FRAMES,
  steadyMovement,
} from "../../src/pose/adaptive.js";
import type { CropRegion } from "../../src/pose/crop.js";
import type { Keypoint17, RgbFrame } from "../../src/pose/types.js";

const RATE = 15;

/** A person lying side on whose hips sit 80 px below the shoulder–knee line less `lift` (both sides alike). */
function person(lift: number, score = 0.8): Keypoint17[] {
  const points: Keypoint17[] = Array.from({ length: 17 }, () => [0, 0, 0.05] as Keypoint17);
  for (const [i, x, y] of [
    [5, 250, 300],
    [6, 250, 300],
    [11, 400, 380 - lift],
    [12, 400, 380 - lift],
    [13, 520, 300],
    [14, 520, 300],
    [15, 540, 350],
    [16, 540, 350],
  ] as const) {
    points[i] = [x, y, score];
  }
  return points;
}

/** Reps of two seconds: at the bottom at whole even seconds, at the top at odd ones. */
const lift = (t: number) => 35 * (1 - Math.cos(Math.PI * t));

/** A fake model that returns the true pose of each frame and records the crops it was given. */
function fakeRecording(seconds: number, pose: (t: number) => Keypoint17[] = (t) => person(lift(t))) {
  const truth = new Map<RgbFrame, Keypoint17[]>();
  const samples: Sample[] = [];
  for (let index = 0; index < seconds * RATE; index++) {
    const frame: RgbFrame = { data: new Uint8Array(0), width: 640, height: 360 };
    truth.set(frame, pose(index / RATE));
    samples.push({ index, t: index / RATE, frame });
  }
  const crops: CropRegion[] = [];
  const model = {
    async estimateIn(frame: RgbFrame, region: CropRegion) {
      crops.push(region);
      return truth.get(frame) as Keypoint17[];
    },
  };
  async function* stream() {
    yield* samples;
  }
  return { samples, model, crops, stream };
}

async function collect(poses: AsyncIterable<SampledPose>): Promise<SampledPose[]> {
  const out: SampledPose[] = [];
  for await (const pose of poses) out.push(pose);
  return out;
}

describe("adaptive sampling of the pose pass", () => {
  it("interpolates frames in the middle of a rise or a lowering, and only there", async () => {
    const { samples, model, crops, stream } = fakeRecording(8);
    const poses = await collect(adaptivePoses(stream(), model));
    expect(poses.map((p) => p.index)).toEqual(samples.map((s) => s.index));
    const interpolated = poses.filter((p) => p.interpolated);
    expect(interpolated.length).toBeGreaterThan(0.15 * poses.length);
    // Every frame the model saw, and the first twice: whole, then around the person found there.
    expect(crops.length).toBe(poses.length - interpolated.length + 1);
    for (const pose of interpolated) {
      // Tops and bottoms (whole seconds), where the timing and the lockout angle are measured, are seen.
      const fromTurn = Math.abs(pose.t - Math.round(pose.t));
      expect(fromTurn).toBeGreaterThan(0.15);
      // And the straight line stands in for the model to within a pixel.
      const hip = pose.keypoints[11] as Keypoint17;
      expect(Math.abs(hip[1] - (380 - lift(pose.t)))).toBeLessThan(1);
    }
  });

  it("lets the model see every frame while the person holds still", async () => {
    const { model, stream } = fakeRecording(3, () => person(30));
    const poses = await collect(adaptivePoses(stream(), model));
    expect(poses.some((p) => p.interpolated)).toBe(false);
  });

  it("lets the model see every frame around a stretch where the hips are not seen", async () => {
    const unseen = (t: number) => t > 1.2 && t < 1.8;
    const { model, stream } = fakeRecording(4, (t) => person(lift(t), unseen(t) ? 0.1 : 0.8));
    const poses = await collect(adaptivePoses(stream(), model));
    for (const pose of poses.filter((p) => p.interpolated)) {
      expect(pose.t < 1.0 || pose.t > 2.0).toBe(true);
    }
  });

  it("crops each model pass around the person once the first frame has found them", async () => {
    const { model, crops, stream } = fakeRecording(4);
    await collect(adaptivePoses(stream(), model));
    expect(crops[0]).toEqual({ x: 0, y: -140, size: 640 });
    for (const crop of crops.slice(1)) {
      expect(crop.size).toBeLessThan(640);
      expect(crop.x).toBeLessThan(400);
      expect(crop.x + crop.size).toBeGreaterThan(400);
    }
  });
});

describe("steadyMovement", () => {
  const at = (t: number, hipLift: number) => ({ t, keypoints: person(hipLift) });

  it("holds for a rise that goes on at speed, not for a turn or a slow drift", () => {
    expect(steadyMovement([at(0, 0), at(0.13, 15), at(0.27, 30), at(0.4, 45)])).toBe(true);
    expect(steadyMovement([at(0, 0), at(0.13, 15), at(0.27, 30), at(0.4, 15)])).toBe(false);
    expect(steadyMovement([at(0, 0), at(0.13, 0.5), at(0.27, 1), at(0.4, 1.5)])).toBe(false);
  });

  it("does not hold when a side is seen in some keyframes only", () => {
    const blind = { t: 0.4, keypoints: person(45, 0.1) };
    expect(steadyMovement([at(0, 0), at(0.13, 15), at(0.27, 30), blind])).toBe(false);
  });

  it("finds a person far from the camera, whom the whole wide frame shows too small, closer up", async () => {
    // 1280×720: seen whole (a 1280 px square), the model misses them; a 720 px square holding their
    // hips finds them, and so does any crop around them.
    const far = (t: number) => person(lift(t)).map(([x, y, score]) => [x + 600, y, score] as Keypoint17);
    const lost = person(0, 0.05);
    const frames: { frame: RgbFrame; t: number }[] = [];
    const crops: CropRegion[] = [];
    const model = {
      async estimateIn(frame: RgbFrame, region: CropRegion) {
        crops.push(region);
        const t = frames.find((f) => f.frame === frame)?.t ?? 0;
        const hipX = 1000;
        const holdsHips = region.x <= hipX && hipX <= region.x + region.size;
        return region.size <= 720 && holdsHips ? far(t) : lost;
      },
    };
    async function* stream(): AsyncGenerator<Sample> {
      for (let index = 0; index < 2 * RATE; index++) {
        const frame: RgbFrame = { data: new Uint8Array(0), width: 1280, height: 720 };
        frames.push({ frame, t: index / RATE });
        yield { index, t: index / RATE, frame };
      }
    }
    const poses = await collect(adaptivePoses(stream(), model));
    // The whole frame, the three squares along it, then the first frame again around the person.
    expect(crops.slice(0, 4)).toEqual([
      { x: 0, y: -280, size: 1280 },
      { x: 0, y: 0, size: 720 },
      { x: 280, y: 0, size: 720 },
      { x: 560, y: 0, size: 720 },
    ]);
    expect(crops[4]?.size).toBeLessThan(720);
    // Found from the first frame on, and tracked: no frame is seen whole again.
    for (const pose of poses) expect(pose.keypoints[11]?.[2]).toBe(0.8);
    expect(crops.slice(5).every((c) => c.size < 720)).toBe(true);
  });

  it("looks closer up for nobody at most once every SEARCH_EVERY_FRAMES frames", async () => {
    const crops: CropRegion[] = [];
    const model = {
      async estimateIn(_frame: RgbFrame, region: CropRegion) {
        crops.push(region);
        return person(0, 0.05);
      },
    };
    const frames = 3 * RATE;
    async function* stream(): AsyncGenerator<Sample> {
      for (let index = 0; index < frames; index++) {
        yield { index, t: index / RATE, frame: { data: new Uint8Array(0), width: 1280, height: 720 } };
      }
    }
    await collect(adaptivePoses(stream(), model));
    const searches = Math.ceil(frames / SEARCH_EVERY_FRAMES);
    expect(crops.filter((c) => c.size === 1280)).toHaveLength(frames);
    expect(crops.filter((c) => c.size === 720)).toHaveLength(3 * searches);
  });

  it("tracks as MoveNet's reference does: the whole frame first, around the person, whole again once lost", async () => {
    // Seen, seen, lost (hips unscored), seen: frames 0–3 of a person holding still.
    const lostAt = (t: number) => Math.round(t * RATE) === 2;
    const { model, crops, stream } = fakeRecording(4 / RATE, (t) => person(30, lostAt(t) ? 0.1 : 0.8));
    await collect(adaptivePoses(stream(), model));
    const whole = { x: 0, y: -140, size: 640 };
    // Frame 0 whole, then again around the person; frames 1 and 2 around them.
    expect(crops[0]).toEqual(whole);
    expect(crops.slice(1, 4).every((c) => c.size < 640)).toBe(true);
    // Frame 3 follows a frame where the torso was lost: the whole frame again.
    expect(crops[4]).toEqual(whole);
  });

  it("starts every pass afresh: a new recording is first seen whole", async () => {
    const first = fakeRecording(1);
    await collect(adaptivePoses(first.stream(), first.model));
    const second = fakeRecording(1);
    await collect(adaptivePoses(second.stream(), second.model));
    expect(second.crops[0]).toEqual({ x: 0, y: -140, size: 640 });
  });
});
