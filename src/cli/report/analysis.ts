import type { Analysis } from "../../contract/analysis.js";

const COLUMNS = [
  ["rep", 3],
  ["start s", 7],
  ["top s", 6],
  ["end s", 6],
  ["up s", 5],
  ["hold s", 6],
  ["down s", 6],
  ["pause s", 7],
  ["hip top°", 8],
  ["hip low°", 8],
  ["knee top°", 9],
] as const;

const fixed = (value: number, digits: number) => value.toFixed(digits);

function repTable(analysis: Analysis): string[] {
  const header = COLUMNS.map(([name, width]) => name.padStart(width)).join("  ");
  const rows = analysis.reps.map((rep) => {
    const cells = [
      String(rep.index),
      fixed(rep.start, 2),
      fixed(rep.top, 2),
      fixed(rep.end, 2),
      fixed(rep.concentricSeconds, 2),
      fixed(rep.topHoldSeconds, 2),
      fixed(rep.eccentricSeconds, 2),
      fixed(rep.bottomPauseSeconds, 2),
      fixed(rep.hipAngleTop, 1),
      fixed(rep.hipAngleBottom, 1),
      fixed(rep.kneeAngleTop, 1),
    ];
    const line = cells.map((cell, i) => cell.padStart(COLUMNS[i]?.[1] ?? 0)).join("  ");
    return `${line}  ${rep.faults.length > 0 ? rep.faults.join(", ") : "ok"}`;
  });
  return [`${header}  faults`, ...rows];
}

/** The readable report of `hipthrust analyze` for a person. */
export function formatAnalysis(analysis: Analysis, source: string): string {
  const { quality } = analysis;
  const lines = [
    `Form analysis of ${source}`,
    `${analysis.repCount} rep${analysis.repCount === 1 ? "" : "s"}, seen from the ${analysis.side} side (feet to the ${analysis.facing}); ` +
      `mean keypoint score ${quality.meanScore.toFixed(2)}, ${Math.round(quality.missingFraction * 100)}% of frames with a joint missing.`,
    "",
  ];
  if (analysis.reps.length === 0) {
    lines.push(
      "No reps found: the hips never rose and came back down through a clear range while lying back.",
      "Film the whole set side on, from set-up to racking, with the whole body in frame.",
    );
  } else {
    lines.push(...repTable(analysis));
    lines.push(
      "",
      "up = hips rising, hold = held at the top, down = lowering, pause = resting at the bottom.",
      "hip angle: shoulder–hip–knee, 180° = straight line, above 180° = hips pushed past it.",
    );
  }
  if (analysis.partials.length > 0) {
    const list = analysis.partials
      .map((p) => `at ${p.top.toFixed(1)} s (${Math.round(p.fractionOfRange * 100)}% of the range)`)
      .join(", ");
    lines.push("", `Partial reps, not counted (less than half the set's usual range): ${list}.`);
  }
  if (analysis.setFaults.length > 0) lines.push("", `Whole set: ${analysis.setFaults.join(", ")}.`);
  if (analysis.notJudged.length > 0) {
    lines.push("", "Not judged:", ...analysis.notJudged.map((n) => `  ${n.check}: ${n.why}`));
  }
  lines.push("");
  if (analysis.cues.length === 0 && analysis.reps.length > 0) {
    lines.push("No faults found. Keep the same set-up, range and tempo next time (004).");
  }
  if (analysis.cues.length > 0) lines.push("Cues:");
  for (const cue of analysis.cues) {
    lines.push(
      `  ${cue.fault}: ${cue.mistake}`,
      `    why: ${cue.why}`,
      `    fix: ${cue.fix}`,
      `    sources: ${cue.sources.join(", ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
