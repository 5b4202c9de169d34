import type { RepAnalysis } from "../contract/analysis.js";
import { FOOT_FAULTS, LOCKOUT_FAULTS } from "../form/faults.js";
import { COCO17_BONES, type Keypoint17 } from "../pose/types.js";
import { COLORS, haloText, line, text } from "./svg.js";

/** Keypoints scored below this are not drawn (the analysis's own threshold). */
const MIN_DRAW_SCORE = 0.3;

export interface PanelBox {
  x: number;
  y: number;
  /** Pixels per keypoint pixel. */
  scale: number;
  width: number;
  height: number;
}

export interface PanelInput {
  rep: RepAnalysis;
  /** The keypoints of the frame nearest the rep's top, in recording pixels (coco17). */
  keypoints: Keypoint17[];
  side: "left" | "right";
  footPlacementJudged: boolean;
  /** False when a plate hid the hip: the line is the model's guess and is drawn grey. */
  lockoutJudged: boolean;
  /** Faults the set as a whole has (shown on every rep). */
  setFaults: string[];
  cutOff: boolean;
}

/**
 * The overlay of one rep's top frame: the skeleton, the shoulder–hip–knee line and the shin in the
 * colour of their verdict, the angles beside the joints and the faults underneath.
 */
export function repPanelSvg(input: PanelInput, box: PanelBox): string {
  const { rep, keypoints } = input;
  const at = (i: number) => {
    const p = keypoints[i] as Keypoint17;
    return { x: box.x + p[0] * box.scale, y: box.y + p[1] * box.scale, seen: p[2] >= MIN_DRAW_SCORE };
  };
  const parts: string[] = [];
  for (const [a, b] of COCO17_BONES) {
    const p = at(a);
    const q = at(b);
    if (p.seen && q.seen) parts.push(line(p.x, p.y, q.x, q.y, COLORS.bone, 2, 'opacity="0.7"'));
  }
  const near = input.side === "left" ? { s: 5, h: 11, k: 13, a: 15 } : { s: 6, h: 12, k: 14, a: 16 };
  const [s, h, k, a] = [at(near.s), at(near.h), at(near.k), at(near.a)];
  const lockoutBad = rep.faults.some((f) => LOCKOUT_FAULTS.has(f));
  const feetBad = rep.faults.some((f) => FOOT_FAULTS.has(f));
  const lineColor = !input.lockoutJudged ? COLORS.muted : lockoutBad ? COLORS.fault : COLORS.ok;
  const shinColor = !input.footPlacementJudged ? COLORS.muted : feetBad ? COLORS.warn : COLORS.ok;
  // The reference line shoulder → knee shows how far the hip sits from straight.
  parts.push(line(s.x, s.y, k.x, k.y, "#ffffff", 1.5, 'stroke-dasharray="6 5" opacity="0.8"'));
  parts.push(line(s.x, s.y, h.x, h.y, lineColor, 5), line(h.x, h.y, k.x, k.y, lineColor, 5));
  parts.push(line(k.x, k.y, a.x, a.y, shinColor, 5));
  for (const p of [s, h, k, a]) {
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5" fill="#fff" stroke="#000" stroke-width="1.5"/>`,
    );
  }
  parts.push(
    haloText(h.x, h.y - 14, input.lockoutJudged ? `hip ${rep.hipAngleTop.toFixed(0)}°` : "hip hidden", {
      size: 16,
      weight: "bold",
      fill: lineColor,
      anchor: "middle",
    }),
  );
  const kneeLabel = input.footPlacementJudged ? `knee ${rep.kneeAngleTop.toFixed(0)}°` : "feet not judged";
  // Hip and knee close together (a short thigh on screen): the knee's label goes under the knee.
  const crowded = Math.abs(h.x - k.x) < 120 && Math.abs(h.y - k.y) < 28;
  parts.push(
    haloText(k.x, crowded ? k.y + 26 : k.y - 14, kneeLabel, {
      size: 14,
      weight: "bold",
      fill: shinColor,
      anchor: "middle",
    }),
  );
  parts.push(
    haloText(box.x + 8, box.y + 22, `Rep ${rep.index} · top at ${rep.top.toFixed(2)} s`, {
      size: 16,
      weight: "bold",
    }),
  );

  const faults = [...rep.faults, ...input.setFaults];
  const captionY = box.y + box.height + 22;
  const tempo = input.cutOff
    ? `up ${rep.concentricSeconds.toFixed(1)} s · clip ends at the top`
    : `up ${rep.concentricSeconds.toFixed(1)} s · hold ${rep.topHoldSeconds.toFixed(1)} s · down ${rep.eccentricSeconds.toFixed(1)} s`;
  parts.push(text(box.x + 4, captionY, tempo, { size: 14, fill: COLORS.text }));
  parts.push(
    text(box.x + 4, captionY + 24, faults.length === 0 ? "✓ no faults" : `✗ ${faults.join(", ")}`, {
      size: 14,
      weight: "bold",
      fill: faults.length === 0 ? COLORS.ok : COLORS.fault,
    }),
  );
  return parts.join("");
}
