import type { Analysis } from "../contract/analysis.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { traceKeypoints } from "../form/analyze.js";
import { renderPicture } from "../picture/compose.js";
import type { RgbFrame } from "../pose/types.js";
import { deliveredSize } from "../video/frames.js";
import { grabFrame } from "../video/still.js";

/** Top frames are grabbed no larger than this: the picture shows them at about 420 px. */
const STILL_MAX_SIDE = 840;

/** The PNG of an analysis; with the video at hand each rep shows its real top frame. */
export async function analysisPicture(
  analysis: Analysis,
  keypoints: KeypointsFile,
  title: string,
  videoFile?: string,
): Promise<Buffer> {
  const { times, hip } = traceKeypoints(keypoints);
  const size = deliveredSize(keypoints.width, keypoints.height, STILL_MAX_SIDE);
  const topFrames: (RgbFrame | null)[] = [];
  for (const rep of analysis.reps) {
    const frame = videoFile ? await grabFrame(videoFile, rep.top, size.width, size.height) : null;
    topFrames.push(frame);
  }
  return renderPicture({ analysis, keypoints, times, hip, topFrames, title });
}
