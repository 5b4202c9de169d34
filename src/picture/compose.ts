import sharp, { type OverlayOptions } from "sharp";
import type { Analysis } from "../contract/analysis.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { wasJudged } from "../form/judged.js";
import type { Keypoint17, RgbFrame } from "../pose/types.js";
import { hipPlotSvg } from "./hip-plot.js";
import { repPanelSvg } from "./rep-panel.js";
import { COLORS, escapeXml, FONT, text } from "./svg.js";

/** Each rep's frame is fitted into this box; three reps a row. */
const FRAME_BOX = { width: 420, height: 380 };
const COLUMNS = 3;
const CAPTION = 60;
const GAP = 12;
const HEADER = 56;
const PLOT_HEIGHT = 300;

export interface PictureInput {
  analysis: Analysis;
  keypoints: KeypointsFile;
  /** Smoothed hip angle per keypoints frame (see traceKeypoints). */
  times: Float64Array;
  hip: Float64Array;
  /** The frame at each rep's top, in recording pixels; null draws the skeleton on a plain ground. */
  topFrames: (RgbFrame | null)[];
  title: string;
}

function keypointsNear(file: KeypointsFile, t: number): Keypoint17[] {
  let best = file.frames[0];
  for (const frame of file.frames) {
    if (best && Math.abs(frame.t - t) < Math.abs(best.t - t)) best = frame;
  }
  return (best?.keypoints ?? []) as Keypoint17[];
}

/**
 * The picture of a set: for each rep its top frame with skeleton, body line, shin, angles and faults,
 * above the hip-angle plot with rep boundaries and the lockout band. PNG.
 */
export async function renderPicture(input: PictureInput): Promise<Buffer> {
  const { analysis, keypoints } = input;
  const scale = Math.min(FRAME_BOX.width / keypoints.width, FRAME_BOX.height / keypoints.height);
  const frameW = Math.round(keypoints.width * scale);
  const frameH = Math.round(keypoints.height * scale);
  const columns = Math.max(1, Math.min(COLUMNS, analysis.reps.length));
  const rows = Math.ceil(analysis.reps.length / columns);
  const cellW = frameW + GAP;
  const cellH = frameH + CAPTION + GAP;
  const width = Math.max(960, GAP + columns * cellW);
  const plotY = HEADER + rows * cellH + GAP;
  const height = plotY + PLOT_HEIGHT + GAP;
  const footJudged = wasJudged(analysis, "foot-placement");
  const lockoutJudged = wasJudged(analysis, "lockout");
  const cutOff = new Set(
    analysis.notJudged.flatMap((n) => {
      const m = /^rep-(\d+)-descent$/.exec(n.check);
      return m ? [Number(m[1])] : [];
    }),
  );

  const composites: OverlayOptions[] = [];
  const svg: string[] = [
    text(GAP, 34, input.title, { size: 22, weight: "bold", fill: COLORS.text }),
    text(
      width - GAP,
      34,
      `${analysis.repCount} rep${analysis.repCount === 1 ? "" : "s"} · ${analysis.side} side`,
      { size: 16, fill: COLORS.muted, anchor: "end" },
    ),
  ];
  for (const [k, rep] of analysis.reps.entries()) {
    const x = GAP + (k % columns) * cellW;
    const y = HEADER + Math.floor(k / columns) * cellH;
    const frame = input.topFrames[k];
    if (frame) {
      const image = await sharp(
        Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength),
        {
          raw: { width: frame.width, height: frame.height, channels: 3 },
        },
      )
        .resize(frameW, frameH, { fit: "fill" })
        .png()
        .toBuffer();
      composites.push({ input: image, left: x, top: y });
    } else {
      svg.push(`<rect x="${x}" y="${y}" width="${frameW}" height="${frameH}" fill="${COLORS.panel}"/>`);
    }
    svg.push(
      repPanelSvg(
        {
          rep,
          keypoints: keypointsNear(keypoints, rep.top),
          side: analysis.side,
          footPlacementJudged: footJudged,
          lockoutJudged,
          setFaults: analysis.setFaults,
          cutOff: cutOff.has(rep.index),
        },
        { x, y, scale, width: frameW, height: frameH },
      ),
    );
  }
  if (analysis.reps.length === 0) {
    svg.push(text(GAP, HEADER + 24, "No reps found.", { size: 16, fill: COLORS.text }));
  }
  svg.push(
    hipPlotSvg(input.times, input.hip, analysis, {
      x: GAP,
      y: plotY,
      width: width - 2 * GAP,
      height: PLOT_HEIGHT,
    }),
  );
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${escapeXml(FONT)}">${svg.join("")}</svg>`;
  composites.push({ input: Buffer.from(overlay), left: 0, top: 0 });
  return sharp({ create: { width, height, channels: 3, background: COLORS.background } })
    .composite(composites)
    .png()
    .toBuffer();
}
