import { patternName } from "../../core/decide.js";
import type { Decision } from "../../core/types.js";
import { exerciseName } from "./names.js";
import { formatReasons, formatWarnings, section } from "./reasons.js";

const VERDICT_TEXT: Record<Decision["verdict"], string> = {
  primary: "yes — as a main glute lift",
  accessory: "yes — as accessory work beside your main training",
  optional: "optional — one good option among several",
  "not-a-substitute": "only alongside clinical care — not a substitute for it",
};

export function decideReport(decision: Decision): string {
  const lines = [
    `Should you hip thrust? ${VERDICT_TEXT[decision.verdict]}`,
    `Variation to use now: ${exerciseName(decision.variation)}`,
    decision.pairWith.length
      ? `Pair it with: ${decision.pairWith.map(patternName).join("; ")} work`
      : "Pair it with: nothing added",
    "",
  ];
  lines.push(...formatWarnings(decision.cautions, "Cautions"));
  lines.push(...section("Why", formatReasons(decision.reasons)));
  return lines.join("\n");
}
