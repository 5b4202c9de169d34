// A readable session-by-session account of a simulated lifter (the README's "a whole block followed").
import type { SimResult } from "./run.js";

export function transcript(result: SimResult): string {
  const unit = result.profile.unit;
  const lines: string[] = [];
  for (const d of result.days) {
    const r = d.rec;
    if (!r.train) {
      lines.push(
        `${d.day}  rest — ${r.warnings.map((w) => w.code).join(", ") || r.reasons[0]?.message || ""}`,
      );
      continue;
    }
    const work = (r.work ?? [])
      .map(
        (g) =>
          `${g.sets}×${g.reps}${g.load !== null ? ` @ ${g.load}` : r.band ? ` ${r.band} band` : r.exercise?.startsWith("banded") ? " band" : " bw"}`,
      )
      .join(" + ");
    const asked = r.rampUp
      ? `ramp from ${r.rampUp.from} by ${r.rampUp.step} to RPE ${r.rampUp.rpe}`
      : `${work}${r.tempo ? " slow" : ""} RPE≤${r.rpe.max}`;
    const done = d.done
      .filter((s) => !s.warmup)
      .map(
        (s) =>
          `${s.reps}${s.load ? `@${s.load}` : ""}/${s.rpe}${s.pain ? ` p${s.pain}` : ""}${s.fullLockout === false ? " !lockout" : ""}`,
      )
      .join(" ");
    const why = r.reasons[0] ? `${r.reasons[0].rule}` : "";
    const wk = r.block ? `w${r.block.week}${r.block.lighter ? "L" : ""}` : "";
    lines.push(
      `${d.day} ${wk.padEnd(4)} ${r.exercise} ${r.change.padEnd(13)} ${asked.padEnd(34)} did ${done}${d.note ? ` (${d.note})` : ""}  [${why}${r.warnings.length ? `; ${r.warnings.map((w) => w.code).join(",")}` : ""}] e1RM true ${d.trueE1rm} ${unit}`,
    );
  }
  return lines.join("\n");
}
