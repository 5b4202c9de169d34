import { basename } from "node:path";
import type { Analysis } from "../contract/analysis.js";
import { InputError } from "../contract/errors.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { analyzeKeypoints } from "../form/analyze.js";
import { toKeypointsFile } from "../pose/keypoints-file.js";
import { plateVerdict } from "../pose/plate.js";
import { VIDEO_HELP } from "../video/help.js";
import { probeVideo, type VideoInfo } from "../video/probe.js";
import { type PosePass, type PoseProgress, videoKeypoints } from "./video-keypoints.js";

/** 15 Hz resolves tempo to about ±0.07 s, and halves the work of 30 fps. */
export const DEFAULT_RATE = 15;

export interface VideoSource {
  file: string;
  durationSeconds: number;
  fps: number;
  width: number;
  height: number;
  rateAnalysed: number;
  model: string;
}

export type VideoAnalysis = Analysis & { source: VideoSource };

export interface VideoResult {
  analysis: VideoAnalysis;
  keypoints: KeypointsFile;
  info: VideoInfo;
  pass: PosePass;
}

export interface AnalyzeVideoOptions {
  rate?: number;
  workers?: number;
  /** The name reported in `source.file` (the upload's name rather than its temporary path). */
  name?: string;
  onProgress?: (progress: PoseProgress) => void;
}

/** Video → keypoints → analysis. Throws InputError (exit 2 / HTTP 422) for recordings it refuses. */
export async function analyzeVideo(file: string, options: AnalyzeVideoOptions = {}): Promise<VideoResult> {
  const rate = options.rate ?? DEFAULT_RATE;
  const info = await probeVideo(file, basename(options.name ?? file));
  const passOptions: Parameters<typeof videoKeypoints>[1] = { rate };
  if (options.workers !== undefined) passOptions.workers = options.workers;
  if (options.onProgress) passOptions.onProgress = options.onProgress;
  const pass = await videoKeypoints(info, passOptions);
  const name = basename(options.name ?? file);
  const decodedUntil = pass.frames.at(-1)?.t ?? 0;
  if (
    pass.frames.length === 0 ||
    decodedUntil < info.durationSeconds - Math.max(1, 0.1 * info.durationSeconds)
  ) {
    throw new InputError(
      `${name}: the file is cut short or damaged: it says it lasts ${info.durationSeconds.toFixed(1)} s but only ${pass.frames.length === 0 ? "no frame" : `${decodedUntil.toFixed(1)} s`} could be decoded. Copy or upload the whole recording again. ${VIDEO_HELP}`,
    );
  }
  const keypoints = toKeypointsFile(info, pass.frames);
  // The pixels show what keypoints cannot: a plate in front of the hip makes its angle a guess.
  const hipHidden = plateVerdict(
    pass.frames.flatMap((f) => (f.hipHidden === undefined ? [] : [f.hipHidden])),
  );
  const analysis = analyzeKeypoints(keypoints, { hipHidden });
  const source: VideoSource = {
    file: options.name ?? file,
    durationSeconds: Number(info.durationSeconds.toFixed(3)),
    fps: Number(info.fps.toFixed(3)),
    width: info.width,
    height: info.height,
    rateAnalysed: rate,
    model: pass.model,
  };
  return { analysis: { ...analysis, source }, keypoints, info, pass };
}
