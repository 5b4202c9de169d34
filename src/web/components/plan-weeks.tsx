// The block as a calendar: a row per week, a cell per day, today marked, the lighter week shaded.
import type { Plan } from "../types.js";
import { exerciseName } from "./ui.js";

const DAY_MS = 86_400_000;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

const short = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    timeZone: "UTC",
  });

export function PlanWeeks({ plan, start, today }: { plan: Plan; start?: string; today?: string }) {
  return (
    <div className="weeks">
      {plan.weeks.map((week) => {
        const lighter = /lighter/i.test(week.focus ?? "");
        return (
          <section
            key={week.week}
            className={lighter ? "week lighter" : "week"}
            aria-label={`Week ${week.week}${week.focus ? `: ${week.focus}` : ""}`}
          >
            <h3>
              Week {week.week}{" "}
              {week.focus && <span className={lighter ? "tag light" : "tag"}>{week.focus}</span>}
            </h3>
            <ol className="days">
              {Array.from({ length: 7 }, (_, i) => {
                const dayNumber = i + 1;
                const planned = week.days.find((d) => d.day === dayNumber);
                const date = start ? addDays(start, (week.week - 1) * 7 + i) : undefined;
                const isToday = date !== undefined && date === today;
                return (
                  <li
                    key={dayNumber}
                    className={`${planned ? "day train" : "day rest"}${isToday ? " today" : ""}`}
                    aria-current={isToday ? "date" : undefined}
                  >
                    <span className="date">{date ? short(date) : `Day ${dayNumber}`}</span>
                    {isToday && <span className="today-mark">today</span>}
                    {planned ? (
                      <ul>
                        {planned.items.map((item) => (
                          <li key={item.exercise + item.role} className={`item ${item.role}`}>
                            {exerciseName(item.exercise)}{" "}
                            <span className="dose">
                              {item.sets}×{item.reps.min}–{item.reps.max}
                              {item.role !== "activation" && ` @${item.rpe.min}–${item.rpe.max}`}
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">rest</span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
