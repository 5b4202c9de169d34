// Parsing one cell: numbers, whole numbers, booleans, units and workout date-times. Each throws a
// CellError naming the column and quoting the text, e.g. `Reps: "abc" is not a number`.

import { setSchema } from "../contract/log.js";
import { parseDate } from "../core/dates.js";
import type { LoggedSet, Unit } from "../core/types.js";
import { CellError } from "./errors.js";

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, or undefined for a blank cell. `decimalComma` accepts "60,5" (semicolon files come from such locales). */
export function numberIn(text: string, column: string, decimalComma = false): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const normal = decimalComma ? trimmed.replace(",", ".") : trimmed;
  if (!NUMBER_RE.test(normal)) throw new CellError(column, `"${text}" is not a number`);
  return Number(normal);
}

/** A whole number ("12" or "12.0", as some exports write counts), or undefined for a blank cell. */
export function wholeIn(text: string, column: string, decimalComma = false): number | undefined {
  const value = numberIn(text, column, decimalComma);
  if (value !== undefined && !Number.isInteger(value)) {
    throw new CellError(column, `"${text}" is not a whole number`);
  }
  return value;
}

export function booleanIn(text: string, column: string): boolean | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return undefined;
  if (trimmed === "true") return true;
  if (trimmed === "false") return false;
  throw new CellError(column, `"${text}" is not true or false`);
}

export function unitIn(text: string, column: string): Unit | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return undefined;
  if (trimmed === "kg" || trimmed === "kgs") return "kg";
  if (trimmed === "lb" || trimmed === "lbs") return "lb";
  throw new CellError(column, `"${text}" is not kg or lb`);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ISO_RE = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** Hevy writes `21 Feb 2025, 07:17`. */
const HEVY_RE = /^(\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4}),? (\d{1,2}):(\d{2})$/;

const two = (n: string | number) => String(n).padStart(2, "0");

/**
 * A workout start as `YYYY-MM-DDTHH:MM:SS`, the wall-clock time the app shows (no zone), from
 * `YYYY-MM-DD HH:MM[:SS]` (Strong) or `D Mon YYYY, HH:MM` (Hevy).
 */
export function dateTimeIn(text: string, column: string): string {
  const trimmed = text.trim();
  let iso: string | null = null;
  const m = ISO_RE.exec(trimmed);
  if (m) iso = `${m[1]}T${two(m[2] as string)}:${m[3]}:${m[4] ?? "00"}`;
  const h = HEVY_RE.exec(trimmed);
  const month = h ? MONTHS.indexOf((h[2] as string).toLowerCase()) : -1;
  if (h && month >= 0)
    iso = `${h[3]}-${two(month + 1)}-${two(h[1] as string)}T${two(h[4] as string)}:${h[5]}:00`;
  if (iso === null || parseDate(iso) === null || Number(iso.slice(11, 13)) > 23) {
    throw new CellError(
      column,
      `"${text}" is not a date and time like 2025-02-21 07:17:00 or 21 Feb 2025, 07:17`,
    );
  }
  return iso;
}

/** Checks a built set against the log schema, naming the file's column for the field at fault. */
export function checkSet(set: LoggedSet, columns: Partial<Record<keyof LoggedSet, string>>): LoggedSet {
  const result = setSchema.safeParse(set);
  if (result.success) return set;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? "") as keyof LoggedSet;
  throw new CellError(columns[field] ?? field, issue?.message ?? "is not valid");
}
