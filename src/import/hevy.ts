// Hevy's CSV export: "title","start_time","end_time","description","exercise_title","superset_id",
// "exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
// (weight_lbs and distance_miles in imperial exports; dates like `21 Feb 2025, 07:17`).

import { type AppRow, classify, SKIP_REASONS } from "./assemble.js";
import { CellError, forEachRow, type SkippedRow } from "./errors.js";
import { checkSet, dateTimeIn, numberIn, wholeIn } from "./fields.js";
import type { Table } from "./table.js";

const REQUIRED = ["title", "start_time", "exercise_title", "set_type", "reps"];
const SET_TYPES = ["normal", "warmup", "dropset", "drop", "failure"];

export function isHevy(table: Table): boolean {
  return REQUIRED.every((c) => table.has(c)) && (table.has("weight_kg") || table.has("weight_lbs"));
}

export function readHevy(table: Table, skipped?: SkippedRow[]): AppRow[] {
  const weightColumn = table.has("weight_kg") ? "weight_kg" : "weight_lbs";
  const unit = weightColumn === "weight_kg" ? "kg" : "lb";
  const distanceColumn = table.has("distance_km") ? "distance_km" : "distance_miles";
  const rows: AppRow[] = [];

  forEachRow(
    table.rows,
    table.source,
    (row) => {
      const exercise = row.cell("exercise_title").trim();
      if (exercise === "") throw new CellError("exercise_title", "is empty");
      const setType = row.cell("set_type").trim().toLowerCase();
      if (!SET_TYPES.includes(setType)) {
        throw new CellError(
          "set_type",
          `"${row.cell("set_type")}" is not one of normal, warmup, dropset, failure`,
        );
      }
      const base = {
        line: row.line,
        start: dateTimeIn(row.cell("start_time"), "start_time"),
        workout: row.cell("title").trim(),
        workoutNotes: row.cell("description"),
        exercise,
        exerciseNotes: row.cell("exercise_notes"),
      };
      const numbers = {
        reps: wholeIn(row.cell("reps"), "reps"),
        load: numberIn(row.cell(weightColumn), weightColumn),
        seconds: numberIn(row.cell("duration_seconds"), "duration_seconds"),
        distance: numberIn(row.cell(distanceColumn), distanceColumn),
      };
      const kind = classify(numbers, "reps");
      if (kind !== "set") {
        rows.push({ ...base, kind: "skip", reason: SKIP_REASONS[kind] });
        return;
      }
      // A blank or 0 RPE was not recorded.
      const rpe = numberIn(row.cell("rpe"), "rpe");
      const set = checkSet(
        {
          load: numbers.load ?? 0,
          reps: numbers.reps ?? 0,
          ...(rpe ? { rpe } : {}),
          ...(setType === "warmup" ? { warmup: true } : {}),
          ...(setType === "failure" ? { setType: "failure" as const } : {}),
          ...(setType === "dropset" || setType === "drop" ? { setType: "drop" as const } : {}),
        },
        { load: weightColumn, reps: "reps", rpe: "rpe" },
      );
      rows.push({ ...base, kind: "set", set, unit });
    },
    skipped,
  );
  return rows;
}
