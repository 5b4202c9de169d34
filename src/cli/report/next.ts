import type { NextRecommendation } from "../../core/types.js";
import { isBanded } from "../../core/variation.js";
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
  if (rec.load === null) {
    if (rec.band) return [`Band: ${rec.band}`];
    return [
      rec.exercise && isBanded(rec.exercise)
        ? "Band: a light one (name your bands in the profile's `bands`)"
        : "Load: bodyweight",
    ];
  }
  if (rec.rampUp) {
    const r = rec.rampUp;
    return [
      `Ramp-up: from ${r.from} ${rec.unit}, add about ${r.step} ${rec.unit} a set, ${r.reps} reps each, until a set reaches RPE ${r.rpe}; that load is your working load`,
    ];
  }
  const lines = [`Load: ${rec.load} ${rec.unit}`];
  if (rec.plates) {
    const side = rec.plates.perSide.length ? rec.plates.perSide.join(" + ") : "no plates";
    lines.push(`Plates per side: ${side} on a ${rec.plates.bar} ${rec.unit} bar`);
  }
  return lines;
}

/** A top set with back-off sets is shown group by group (straight sets are already said above). */
function groupLines(rec: NextRecommendation): string[] {
  if (!rec.work || rec.work.length < 2) return [];
  return rec.work.map(
    (g, i) =>
      `${i === 0 ? "Top" : "Back-off"}: ${g.sets} × ${g.reps}${g.load !== null ? ` at ${g.load} ${rec.unit}` : ""}`,
  );
}

function warmUpLines(rec: NextRecommendation): string[] {
  if (!rec.warmUp?.length) return [];
  const sets = rec.warmUp.map(
    (w) =>
      `${w.sets} × ${w.reps} ${exerciseName(w.exercise).toLowerCase()}${w.load !== null ? ` at ${w.load} ${rec.unit}` : ""} (${w.note})`,
  );
  return [`Warm-up: ${sets.join("; ")}`];
}

export function nextReport(rec: NextRecommendation): string {
  const lines: string[] = [];
  if (!rec.train) {
    const then = rec.exercise ? ` (next time: ${exerciseName(rec.exercise)})` : "";
    lines.push(`${rec.date}: rest the hip thrust today${then}`, "");
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
    const week = rec.block
      ? ` (week ${rec.block.week} of the block${rec.block.lighter ? ", lighter week" : ""})`
      : "";
    lines.push(
      `${rec.date}: ${exerciseName(rec.exercise ?? "")} — ${CHANGE_TEXT[rec.change]}${week}`,
      `${rec.sets} sets × ${reps} at RPE ${range(rec.rpe)}, rest ${duration(rec.restSeconds)} between sets`,
      ...(rec.tempo ? [`Tempo: ${rec.tempo}`] : []),
      ...loadLine(rec),
      ...groupLines(rec),
      ...warmUpLines(rec),
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
