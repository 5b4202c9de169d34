import { parentPort, workerData } from "node:worker_threads";
import { adaptivePoses, type CroppingModel, type Sample } from "../pose/adaptive.js";
import { loadMoveNet } from "../pose/node-model.js";
import { plateWatch } from "../pose/plate.js";
import type { Keypoint17 } from "../pose/types.js";
import { streamFrames } from "../video/frames.js";
import type { PoseFrameRequest } from "./video-keypoints.js";

/**
 * A worker thread with its own wasm backend: decodes one stretch of the clip and runs the pose model
 * on it (see adaptivePoses for which frames it sees). Frames before `keepFrom` only warm up the crop
 * tracker (they overlap the previous stretch).
 */

export interface PoseJob {
  request: PoseFrameRequest;
  keepFrom: number;
}

export type PoseMessage =
  | {
      type: "frame";
      index: number;
      t: number;
      keypoints: Keypoint17[];
      interpolated: boolean;
      hipHidden?: boolean;
    }
  | {
      type: "done";
      frames: number;
      inferences: number;
      decodeMs: number;
      inferenceMs: number;
      model: string;
    }
  | { type: "error"; message: string };

async function run(job: PoseJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  // ffmpeg starts (and seeks) while the model loads, so the first frame is ready when the model is.
  const stream = streamFrames(job.request);
  const firstFrame = stream.next();
  firstFrame.catch(() => {}); // awaited below; this only keeps an early ffmpeg failure from going unhandled
  const model = await loadMoveNet();
  let decodeMs = 0;
  let inferenceMs = 0;
  let inferences = 0;
  let frames = 0;
  async function* timedSamples(): AsyncGenerator<Sample> {
    let waitStart = performance.now();
    let result = await firstFrame;
    while (!result.done) {
      decodeMs += performance.now() - waitStart;
      frames++;
      yield result.value;
      waitStart = performance.now();
      result = await stream.next();
    }
  }
  const timed = async (run: () => Promise<Keypoint17[]>) => {
    const start = performance.now();
    const keypoints = await run();
    inferenceMs += performance.now() - start;
    inferences++;
    return keypoints;
  };
  const counted: CroppingModel = {
    estimateIn: (frame, region) => timed(() => model.estimateIn(frame, region)),
  };
  const plates = plateWatch(job.keepFrom);
  for await (const pose of adaptivePoses(plates.tap(timedSamples()), counted)) {
    const hipHidden = plates.check(pose);
    if (pose.index < job.keepFrom) continue;
    port.postMessage({
      type: "frame",
      ...pose,
      ...(hipHidden !== undefined && { hipHidden }),
    } satisfies PoseMessage);
  }
  model.dispose();
  port.postMessage({
    type: "done",
    frames,
    inferences,
    decodeMs,
    inferenceMs,
    model: model.name,
  } satisfies PoseMessage);
}

run(workerData as PoseJob).catch((error: unknown) => {
  parentPort?.postMessage({
    type: "error",
    message: error instanceof Error ? error.message : String(error),
  } satisfies PoseMessage);
});
