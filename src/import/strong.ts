// Strong's CSV export, in the three header versions found in the wild:
//   v1  Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;
//       Seconds;Notes;Workout Notes[;Workout Duration]   (semicolons, a unit on every row)
//   v2  Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,
//       Workout Notes,RPE                                 (no unit anywhere: the caller must say)
//   v3  "Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)",
//       "Reps","RPE","Distance (meters)","Seconds","Notes","Workout Notes"   (unit in the header)
//   v0  Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes   (2016–17: the unit is the
//       weight column's name)
// Columns are found by name, so the variants between these (a missing Notes column) read too.
// Set Order is a number, or W / WARM_UP (a warm-up), D / DROP_SET (a drop set), F / FAILURE (a set
// to failure) or Rest Timer. A row with blank reps is a set planned but not done: skipped, counted.

import { InputError } from "../contract/errors.js";
import type { LoggedSet, Unit } from "../core/types.js";
import { type AppRow, classify, SKIP_REASONS } from "./assemble.js";
import { CellError, forEachRow, type SkippedRow } from "./errors.js";
import { checkSet, dateTimeIn, numberIn, unitIn, wholeIn } from "./fields.js";
import type { Table } from "./table.js";
import type { ImportOptions } from "./types.js";

const REQUIRED = ["Date", "Workout Name", "Exercise Name", "Set Order", "Reps"];
const REST_TIMER = "rest timer";

/**
 * The first column whose name starts with `prefix` and is not its unit column ("Weight (kg)",
 * "Distance"), else one named only by its unit, as the 2016–17 export does ("kg", "km").
 */
function measureColumn(table: Table, prefix: string, bareUnits: readonly string[]): string | undefined {
  return (
    table.header.find((c) => {
      const lower = c.toLowerCase();
      return lower.startsWith(prefix) && !lower.endsWith(" unit");
    }) ?? table.header.find((c) => bareUnits.includes(c.toLowerCase()))
  );
}

const WEIGHT_UNITS = ["kg", "kgs", "lb", "lbs"];
const DISTANCE_UNITS = ["km", "mi", "miles", "m", "meters"];

/** The unit a column's name states: "Weight (kg)" → kg, "Weight (lbs)" → lb, "kg" → kg. */
function unitInName(column: string): Unit | undefined {
  const m = /(?:^|\()(kg|kgs|lb|lbs)\)?\s*$/i.exec(column);
  return m ? unitIn(m[1] as string, column) : undefined;
}

/** Set Order's letters and words for sets that are not plain working sets. */
const SET_KINDS: Record<string, Pick<LoggedSet, "warmup" | "setType">> = {
  W: { warmup: true },
  WARM_UP: { warmup: true },
  WARMUP: { warmup: true },
  D: { setType: "drop" },
  DROP_SET: { setType: "drop" },
  DROPSET: { setType: "drop" },
  F: { setType: "failure" },
  FAILURE: { setType: "failure" },
};

export function isStrong(table: Table): boolean {
  return REQUIRED.every((c) => table.has(c)) && measureColumn(table, "weight", WEIGHT_UNITS) !== undefined;
}

export function readStrong(table: Table, options: ImportOptions, skipped?: SkippedRow[]): AppRow[] {
  const weightColumn = measureColumn(table, "weight", WEIGHT_UNITS) as string;
  const distanceColumn = measureColumn(table, "distance", DISTANCE_UNITS);
  const perRow = table.has("Weight Unit");
  // A file that does not say its unit is read only in the unit the person names: guessing from
  // the profile would store 100 lb as 100 kg for someone who changed units since.
  const fileUnit = unitInName(weightColumn) ?? (perRow ? undefined : options.unit);
  if (!perRow && fileUnit === undefined) {
    const problem =
      "this Strong export does not say whether weights are in kg or lb; give --unit kg or --unit lb";
    throw new InputError(`${table.source}: ${problem}`, [{ field: weightColumn, problem }]);
  }
  const decimalComma = table.delimiter === ";";
  const rows: AppRow[] = [];

  forEachRow(
    table.rows,
    table.source,
    (row) => {
      const exercise = row.cell("Exercise Name").trim();
      const order = row.cell("Set Order").trim().toUpperCase();
      // Rest-timer rows record a rest, not a set.
      if (exercise.toLowerCase() === REST_TIMER || order.toLowerCase() === REST_TIMER) return;
      if (exercise === "") throw new CellError("Exercise Name", "is empty");
      if (order !== "" && !/^\d+$/.test(order) && !(order in SET_KINDS)) {
        throw new CellError(
          "Set Order",
          `"${row.cell("Set Order")}" is not a set number, W, D, F, WARM_UP, DROP_SET, FAILURE or Rest Timer`,
        );
      }
      const base = {
        line: row.line,
        start: dateTimeIn(row.cell("Date"), "Date"),
        workout: row.cell("Workout Name").trim(),
        workoutNotes: row.cell("Workout Notes"),
        exercise,
        exerciseNotes: row.cell("Notes"),
      };
      const numbers = {
        reps: wholeIn(row.cell("Reps"), "Reps", decimalComma),
        load: numberIn(row.cell(weightColumn), weightColumn, decimalComma),
        seconds: numberIn(row.cell("Seconds"), "Seconds", decimalComma),
        distance: distanceColumn
          ? numberIn(row.cell(distanceColumn), distanceColumn, decimalComma)
          : undefined,
      };
      const kind = classify(numbers, "Reps");
      if (kind !== "set") {
        rows.push({ ...base, kind: "skip", reason: SKIP_REASONS[kind] });
        return;
      }
      const load = numbers.load ?? 0;
      const unit = perRow ? (unitIn(row.cell("Weight Unit"), "Weight Unit") ?? fileUnit) : fileUnit;
      if (unit === undefined && load > 0) throw new CellError("Weight Unit", "is empty (kg or lb)");
      // Strong writes 0 in number columns it has no value for.
      const rpe = numberIn(row.cell("RPE"), "RPE", decimalComma);
      const set = checkSet(
        {
          load,
          reps: numbers.reps ?? 0,
          ...(rpe ? { rpe } : {}),
          ...SET_KINDS[order],
        },
        { load: weightColumn, reps: "Reps", rpe: "RPE" },
      );
      // A bodyweight row may leave its unit blank: with no load, any unit is right.
      rows.push({ ...base, kind: "set", set, unit: unit ?? options.profileUnit ?? "kg" });
    },
    skipped,
  );
  return rows;
}
