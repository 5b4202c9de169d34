import type { Analysis } from "../contract/analysis.js";
import { COLORS, line, text } from "./svg.js";

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The band a top should reach: from CONTRACT's lockout minimum to its hyperextension maximum. */
export const LOCKOUT_BAND = { min: 165, max: 195 };

/**
 * The hip angle over the whole recording: each rep shaded from its start to its end, its top marked
 * with its number, and the lockout band the tops should reach.
 */
export function hipPlotSvg(times: Float64Array, hip: Float64Array, analysis: Analysis, box: PlotBox): string {
  const left = box.x + 56;
  const right = box.x + box.width - 16;
  const top = box.y + 34;
  const bottom = box.y + box.height - 36;
  const seen = Array.from(hip).filter((v) => Number.isFinite(v));
  const lo = Math.floor(Math.min(LOCKOUT_BAND.min - 10, ...seen) / 10) * 10;
  const hi = Math.ceil(Math.max(LOCKOUT_BAND.max + 5, ...seen) / 10) * 10;
  const t0 = 0;
  const t1 = Math.max(1e-3, times[times.length - 1] ?? 1);
  const X = (t: number) => left + ((t - t0) / (t1 - t0)) * (right - left);
  const Y = (deg: number) => bottom - ((deg - lo) / (hi - lo)) * (bottom - top);
  const parts: string[] = [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${COLORS.panel}"/>`,
    text(box.x + 12, box.y + 22, "Hip angle (shoulder–hip–knee) over the set", {
      size: 16,
      weight: "bold",
      fill: COLORS.text,
    }),
  ];
  for (const rep of analysis.reps) {
    parts.push(
      `<rect x="${X(rep.start).toFixed(1)}" y="${top}" width="${Math.max(1, X(rep.end) - X(rep.start)).toFixed(1)}" height="${bottom - top}" fill="#ffffff" opacity="0.06"/>`,
      line(X(rep.start), top, X(rep.start), bottom, COLORS.grid, 1, 'stroke-dasharray="4 4"'),
      line(X(rep.end), top, X(rep.end), bottom, COLORS.grid, 1, 'stroke-dasharray="4 4"'),
    );
  }
  parts.push(
    `<rect x="${left}" y="${Y(LOCKOUT_BAND.max).toFixed(1)}" width="${right - left}" height="${(Y(LOCKOUT_BAND.min) - Y(LOCKOUT_BAND.max)).toFixed(1)}" fill="${COLORS.ok}" opacity="0.15"/>`,
    text(right - 6, Y(LOCKOUT_BAND.max) - 6, `lockout band ${LOCKOUT_BAND.min}–${LOCKOUT_BAND.max}°`, {
      size: 12,
      fill: COLORS.ok,
      anchor: "end",
    }),
    line(left, Y(180), right, Y(180), COLORS.ok, 1, 'stroke-dasharray="2 4" opacity="0.6"'),
  );
  for (let deg = lo; deg <= hi; deg += 20) {
    parts.push(
      line(left - 4, Y(deg), left, Y(deg), COLORS.muted, 1),
      text(left - 8, Y(deg) + 4, `${deg}°`, { size: 11, fill: COLORS.muted, anchor: "end" }),
    );
  }
  const step = t1 > 40 ? 10 : t1 > 15 ? 2 : 1;
  for (let t = 0; t <= t1 + 1e-9; t += step) {
    parts.push(text(X(t), bottom + 16, `${t}`, { size: 11, fill: COLORS.muted, anchor: "middle" }));
  }
  parts.push(
    text((left + right) / 2, bottom + 32, "seconds", { size: 11, fill: COLORS.muted, anchor: "middle" }),
  );
  parts.push(
    line(left, bottom, right, bottom, COLORS.muted, 1),
    line(left, top, left, bottom, COLORS.muted, 1),
  );

  // The trace, broken where the hip was not seen.
  let path = "";
  let pen = false;
  for (let i = 0; i < hip.length; i++) {
    const v = hip[i] as number;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    path += `${pen ? "L" : "M"}${X(times[i] as number).toFixed(1)},${Y(v).toFixed(1)}`;
    pen = true;
  }
  parts.push(`<path d="${path}" fill="none" stroke="#ffffff" stroke-width="2"/>`);
  for (const rep of analysis.reps) {
    const bad = rep.faults.length > 0;
    parts.push(
      `<circle cx="${X(rep.top).toFixed(1)}" cy="${Y(rep.hipAngleTop).toFixed(1)}" r="5" fill="${bad ? COLORS.fault : COLORS.ok}"/>`,
      text(X(rep.top), Y(rep.hipAngleTop) - 10, String(rep.index), {
        size: 13,
        weight: "bold",
        fill: COLORS.text,
        anchor: "middle",
      }),
    );
  }
  return parts.join("");
}
