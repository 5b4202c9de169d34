import type { Plan } from "../../core/types.js";
import { duration, exerciseName, range } from "./names.js";
import { formatReasons, formatWarnings, section } from "./reasons.js";
import { table } from "./table.js";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function planReport(plan: Plan): string {
  const lines = [
    `Programme: ${plan.goal}, ${plan.weeks.length} week${plan.weeks.length > 1 ? "s" : ""} (loads in ${plan.unit})`,
    "",
  ];
  lines.push(...formatWarnings(plan.warnings));
  for (const week of plan.weeks) {
    lines.push(`Week ${week.week}${week.focus ? ` — ${week.focus}` : ""}`);
    const rows = week.days.flatMap((day) =>
      day.items.map((item, i) => [
        i === 0 ? (DAY_NAMES[day.day - 1] ?? `Day ${day.day}`) : "",
        exerciseName(item.exercise),
        item.role,
        `${item.sets} × ${range(item.reps)}`,
        range(item.rpe),
        duration(item.restSeconds),
        item.note ?? "",
      ]),
    );
    lines.push(table(["Day", "Exercise", "Role", "Sets × reps", "RPE", "Rest", "Note"], rows), "");
  }
  lines.push("Loads come from `hipthrust next`, which reads your log.", "");
  lines.push(...section("Why", formatReasons(plan.reasons)));
  return lines.join("\n");
}
