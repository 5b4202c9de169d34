import { RULES, ruleSource } from "../../core/rules.js";
import type { Reason, Warning } from "../../core/types.js";

/** "Why" lines: each reason with its rule id and sources, heuristics marked. */
export function formatReasons(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => {
    const source = RULES[r.rule] ? ruleSource(r.rule) : "ours";
    // A source (or "heuristic") the message already ends with is said once, after it.
    let message = source.includes("heuristic") ? r.message.replace(/ \(heuristic\)(?=\.?$)/, "") : r.message;
    if (message.endsWith(` (${source}).`)) message = `${message.slice(0, -(source.length + 4))}.`;
    return `  [${r.rule}] ${message} (${source})`;
  });
}

export function formatWarnings(warnings: readonly Warning[], heading = "Warnings"): string[] {
  if (warnings.length === 0) return [];
  return [`${heading}:`, ...warnings.map((w) => `  ! ${w.message} [${w.code}]`), ""];
}

export function section(title: string, lines: readonly string[]): string[] {
  return lines.length ? [`${title}:`, ...lines, ""] : [];
}
