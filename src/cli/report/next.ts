import type { NextRecommendation } from "../../core/types.js";
import { duration, exerciseName, range } from "./names.js";
import { formatReasons, formatWarnings, section } from "./reasons.js";

const CHANGE_TEXT: Record<NextRecommendation["change"], string> = {
  start: "first session",
  "increase-load": "add load",
  "add-reps": "add reps",
  hold: "hold",
  "reduce-load": "lighter",
  deload: "deload",
  "progress-variation": "move up the ladder",
  "regress-variation": "step down the ladder",
  rest: "rest",
};

function loadLine(rec: NextRecommendation): string[] {
  if (rec.load === null) return ["Load: bodyweight"];
  const lines = [`Load: ${rec.load} ${rec.unit}`];
  if (rec.plates) {
    const side = rec.plates.perSide.length ? rec.plates.perSide.join(" + ") : "no plates";
    lines.push(`Plates per side: ${side} on a ${rec.plates.bar} ${rec.unit} bar`);
  }
  return lines;
}

export function nextReport(rec: NextRecommendation): string {
  const lines: string[] = [];
  if (!rec.train) {
    lines.push(`${rec.date}: rest the hip thrust today (next time: ${exerciseName(rec.exercise ?? "")})`, "");
    if (rec.activation) {
      const a = rec.activation;
      lines.push(
        `Allowed: ${a.sets} × ${range(a.reps)} ${exerciseName(a.exercise)} at RPE ≤ ${a.rpe.max} (activation only)`,
        "",
      );
    }
  } else {
    const reps =
      rec.repsTarget !== undefined
        ? `${range(rec.reps)} reps (aim for ${rec.repsTarget})`
        : `${range(rec.reps)} reps`;
    lines.push(
      `${rec.date}: ${exerciseName(rec.exercise ?? "")} — ${CHANGE_TEXT[rec.change]}`,
      `${rec.sets} sets × ${reps} at RPE ${range(rec.rpe)}, rest ${duration(rec.restSeconds)} between sets`,
      ...loadLine(rec),
    );
    if (rec.e1rm) {
      const method = rec.e1rm.method === "epley" ? "Epley" : "RPE table";
      lines.push(`Estimated 1RM (last session): ${rec.e1rm.value} ${rec.unit} (${method})`);
    }
    lines.push("");
  }
  lines.push(...formatWarnings(rec.warnings));
  lines.push(...section("Why", formatReasons(rec.reasons)));
  return lines.join("\n");
}
