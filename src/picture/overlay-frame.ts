import type { Analysis } from "../contract/analysis.js";
import { COCO17_BONES, type Keypoint17 } from "../pose/types.js";
import { LOCKOUT_BAND } from "./hip-plot.js";
import { COLORS, haloText, line } from "./svg.js";

/** Keypoints scored below this are not drawn (as in the picture). */
const MIN_DRAW_SCORE = 0.3;

export interface OverlayFrame {
  t: number;
  /** In the frame's own pixels. */
  keypoints: Keypoint17[];
  /** Smoothed hip angle at t (NaN where it was not seen). */
  hip: number;
  width: number;
  height: number;
}

/**
 * What one frame of the annotated video shows: the skeleton, the near side's shoulder–hip–knee line
 * green while the hips are in the lockout band, the hip angle, the rep under way and its faults.
 */
export function overlayFrameSvg(frame: OverlayFrame, analysis: Analysis): string {
  const size = Math.max(12, Math.round(Math.min(frame.width, frame.height) / 28));
  const at = (i: number) => {
    const p = frame.keypoints[i] as Keypoint17;
    return { x: p[0], y: p[1], seen: p[2] >= MIN_DRAW_SCORE };
  };
  const parts: string[] = [];
  for (const [a, b] of COCO17_BONES) {
    const p = at(a);
    const q = at(b);
    if (p.seen && q.seen) parts.push(line(p.x, p.y, q.x, q.y, COLORS.bone, size / 6, 'opacity="0.7"'));
  }
  const near = analysis.side === "left" ? [5, 11, 13, 15] : [6, 12, 14, 16];
  const [s, h, k, a] = near.map(at) as [
    ReturnType<typeof at>,
    ReturnType<typeof at>,
    ReturnType<typeof at>,
    ReturnType<typeof at>,
  ];
  const inBand = frame.hip >= LOCKOUT_BAND.min && frame.hip <= LOCKOUT_BAND.max;
  const body = inBand ? COLORS.ok : "#ffffff";
  if (s.seen && h.seen) parts.push(line(s.x, s.y, h.x, h.y, body, size / 3));
  if (h.seen && k.seen) parts.push(line(h.x, h.y, k.x, k.y, body, size / 3));
  if (k.seen && a.seen) parts.push(line(k.x, k.y, a.x, a.y, "#ffffff", size / 3, 'opacity="0.8"'));
  if (h.seen && Number.isFinite(frame.hip)) {
    parts.push(
      haloText(h.x, h.y - size, `${frame.hip.toFixed(0)}°`, {
        size,
        weight: "bold",
        fill: body,
        anchor: "middle",
      }),
    );
  }
  const rep = analysis.reps.find((r) => frame.t >= r.start && frame.t <= r.end);
  const done = analysis.reps.filter((r) => r.top <= frame.t).length;
  const margin = size * 0.8;
  parts.push(
    haloText(
      margin,
      margin + size,
      `${rep ? `rep ${rep.index}` : "between reps"} · ${done}/${analysis.repCount} done`,
      {
        size,
        weight: "bold",
      },
    ),
  );
  if (rep && rep.faults.length > 0 && frame.t >= rep.top) {
    parts.push(
      haloText(margin, frame.height - margin, `✗ ${rep.faults.join(", ")}`, {
        size,
        weight: "bold",
        fill: COLORS.fault,
      }),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}">${parts.join("")}</svg>`;
}
