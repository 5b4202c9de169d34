import { rm } from "node:fs/promises";
import type { Analysis } from "../contract/analysis.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { analyzeVideo } from "./analyze-video.js";
import { InProcessQueue, type JobQueue } from "./queue.js";

export interface VideoJob {
  /** The uploaded recording on disk. */
  path: string;
  /** Its temporary folder, deleted once analysed whatever the outcome: only results are kept. */
  dir: string;
  /** The name the person gave it. */
  name: string;
  rate?: number;
}

export interface VideoJobResult {
  analysis: Analysis;
  keypoints: KeypointsFile;
}

/** One video at a time (each uses every core), a few waiting, statuses kept for an hour. */
export function videoQueue(): JobQueue<VideoJob, VideoJobResult> {
  return new InProcessQueue<VideoJob, VideoJobResult>(
    async (job, onProgress) => {
      try {
        const { analysis, keypoints } = await analyzeVideo(job.path, {
          name: job.name,
          ...(job.rate === undefined ? {} : { rate: job.rate }),
          onProgress: ({ done, total }) => onProgress(total === 0 ? 0 : done / total),
        });
        return { analysis, keypoints };
      } finally {
        await rm(job.dir, { recursive: true, force: true });
      }
    },
    { concurrency: 1, maxWaiting: 8, keepFinishedMs: 60 * 60 * 1000 },
  );
}
