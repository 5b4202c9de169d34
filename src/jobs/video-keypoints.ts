import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type PoseFrame, rescale } from "../pose/keypoints-file.js";
import { deliveredSize, type FrameRequest } from "../video/frames.js";
import type { VideoInfo } from "../video/probe.js";
import type { PoseJob, PoseMessage } from "./pose-worker.js";
import { workerFile } from "./worker-file.js";

/**
 * Frames are analysed with their longer side at most this: MoveNet sees 192 px of the person anyway,
 * and a person filling a third of the frame still spans more than that. 640 rather than 960 halves
 * what ffmpeg scales and pipes per frame; the shared clips give the same counts either way.
 */
export const ANALYSIS_MAX_SIDE = 640;
/**
 * Seconds each stretch after the first starts early: enough for its crop tracker to find the person
 * (two frames) and for adaptive sampling to judge its first frames (three keyframes before them).
 */
const WARMUP_SECONDS = 0.5;
/** A stretch shorter than this is not worth a second worker's start-up (model load ≈ 0.3 s). */
const MIN_STRETCH_SECONDS = 4;

export interface PoseProgress {
  done: number;
  total: number;
}

export interface PosePass {
  frames: PoseFrame[];
  model: string;
  /** Per-frame medians are not available across threads; these are totals over all workers. */
  decodeMs: number;
  inferenceMs: number;
  framesDecoded: number;
  /** Model passes, warm-up frames included: fewer than framesDecoded by the frames interpolated. */
  inferences: number;
  workers: number;
}

export interface PosePassOptions {
  rate: number;
  workers?: number;
  onProgress?: (progress: PoseProgress) => void;
}

function runStretch(job: PoseJob, onFrame: (message: PoseMessage & { type: "frame" }) => void) {
  return new Promise<PoseMessage & { type: "done" }>((resolve, reject) => {
    const worker = new Worker(workerFile("pose-worker", import.meta.url), { workerData: job });
    let result: (PoseMessage & { type: "done" }) | null = null;
    worker.on("message", (message: PoseMessage) => {
      if (message.type === "frame") onFrame(message);
      else if (message.type === "done") result = message;
      else reject(new Error(message.message));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`the pose worker stopped (exit ${code}) before finishing`));
    });
  });
}

export type PoseFrameRequest = FrameRequest & { pixels: "yuv420p" };

/**
 * Skipping frames nothing is predicted from moves a sample by at most a frame of the source: below
 * this many source frames per sample that is too coarse for tempo (ours).
 */
const MIN_FRAMES_PER_SAMPLE_TO_SKIP = 3.5;

/** How the pose pass asks ffmpeg for the recording's frames, with `workers` decoding at once. */
export function poseFrames(info: VideoInfo, rate: number, workers: number): PoseFrameRequest {
  const size = deliveredSize(info.width, info.height, ANALYSIS_MAX_SIDE);
  return {
    file: info.file,
    rate,
    ...size,
    // The crop converts only the model's pixels to RGB, and half the bytes cross the pipe.
    pixels: "yuv420p",
    // Each worker has its own decoder, and a core per worker is busy with the model: the decoders
    // share what is left, or decode on one thread each when nothing is.
    threads: Math.max(1, availableParallelism() - workers + 1),
    skipLoopFilter: size.width <= info.width / 2,
    skipNonReference: info.fps >= MIN_FRAMES_PER_SAMPLE_TO_SKIP * rate,
  };
}

/**
 * Runs the pose model over the whole recording at `rate` Hz, split into consecutive stretches on
 * worker threads (one per core): each stretch streams its own frames from ffmpeg and starts half a
 * second early so its tracker has locked on by the time its frames count.
 */
export async function videoKeypoints(info: VideoInfo, options: PosePassOptions): Promise<PosePass> {
  const { rate } = options;
  const total = Math.max(1, Math.floor(info.durationSeconds * rate + 1e-6));
  const wanted = options.workers ?? Math.min(2, availableParallelism());
  const workers = Math.max(1, Math.min(wanted, Math.floor(info.durationSeconds / MIN_STRETCH_SECONDS)));
  const decoding = poseFrames(info, rate, workers);
  const scale = decoding.width / info.width;
  const warmup = Math.round(WARMUP_SECONDS * rate);

  const frames: PoseFrame[] = [];
  const report = () => options.onProgress?.({ done: Math.min(frames.length, total), total });
  const jobs: PoseJob[] = [];
  for (let k = 0; k < workers; k++) {
    const from = Math.round((k * total) / workers);
    const to = k === workers - 1 ? undefined : Math.round(((k + 1) * total) / workers);
    const request: PoseFrameRequest = { ...decoding, firstIndex: Math.max(0, from - warmup) };
    jobs.push({ request: to === undefined ? request : { ...request, endIndex: to }, keepFrom: from });
  }
  report();
  const results = await Promise.all(
    jobs.map((job) =>
      runStretch(job, (message) => {
        const frame: PoseFrame = { t: message.t, keypoints: rescale(message.keypoints, scale) };
        if (message.interpolated) frame.interpolated = true;
        if (message.hipHidden !== undefined) frame.hipHidden = message.hipHidden;
        frames.push(frame);
        report();
      }),
    ),
  );
  frames.sort((a, b) => a.t - b.t);
  return {
    frames,
    model: results[0]?.model ?? "unknown",
    decodeMs: results.reduce((sum, r) => sum + r.decodeMs, 0),
    inferenceMs: results.reduce((sum, r) => sum + r.inferenceMs, 0),
    framesDecoded: results.reduce((sum, r) => sum + r.frames, 0),
    inferences: results.reduce((sum, r) => sum + r.inferences, 0),
    workers,
  };
}
