import { parentPort, workerData } from "node:worker_threads";
import { loadMoveNet } from "../pose/node-model.js";
import type { Keypoint17 } from "../pose/types.js";
import { type FrameRequest, streamFrames } from "../video/frames.js";

/**
 * A worker thread with its own wasm backend: decodes one stretch of the clip and runs the pose model
 * on it. Frames before `keepFrom` only warm up the crop tracker (they overlap the previous stretch).
 */

export interface PoseJob {
  request: FrameRequest;
  keepFrom: number;
}

export type PoseMessage =
  | { type: "frame"; index: number; t: number; keypoints: Keypoint17[] }
  | { type: "done"; frames: number; decodeMs: number; inferenceMs: number; model: string }
  | { type: "error"; message: string };

async function run(job: PoseJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const model = await loadMoveNet();
  let decodeMs = 0;
  let inferenceMs = 0;
  let frames = 0;
  let waitStart = performance.now();
  for await (const { index, t, frame } of streamFrames(job.request)) {
    decodeMs += performance.now() - waitStart;
    const start = performance.now();
    const keypoints = await model.estimate(frame);
    inferenceMs += performance.now() - start;
    frames++;
    if (index >= job.keepFrom) port.postMessage({ type: "frame", index, t, keypoints } satisfies PoseMessage);
    waitStart = performance.now();
  }
  model.dispose();
  port.postMessage({ type: "done", frames, decodeMs, inferenceMs, model: model.name } satisfies PoseMessage);
}

run(workerData as PoseJob).catch((error: unknown) => {
  parentPort?.postMessage({
    type: "error",
    message: error instanceof Error ? error.message : String(error),
  } satisfies PoseMessage);
});
