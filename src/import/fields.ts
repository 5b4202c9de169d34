// Parsing one cell: numbers, whole numbers, booleans, units and workout date-times. Each throws a
// CellError naming the column and quoting the text, e.g. `Reps: "abc" is not a number`.

import { setSchema } from "../contract/log.js";
import { parseDate } from "../core/dates.js";
import type { LoggedSet, Unit } from "../core/types.js";
import { CellError } from "./errors.js";
import { MONTH_NAMES, monthOf } from "./months.js";

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

/** Year first: `2025-02-21 07:17:00`, `2025/2/21 7:17`. */
const ISO_RE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** Chinese, Japanese and Korean: `2025年2月21日 下午 7:17`, `2025년 2월 21일 오후 7:17`. */
const CJK_RE =
  /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*(?:\([^)]*\))?\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;
/** Day first with dots: `21.02.2025 18:30` (German, Finnish, Russian, Polish…). */
const DOTTED_RE =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(?:klo\s+|kl\.?\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/i;
const PM_WORDS = ["午後", "下午", "오후"];
/** Words that join a date's parts in some languages: "21 de febrero de 2025 a las 7:17". */
const FILLERS = new Set([
  "de",
  "del",
  "à",
  "a",
  "las",
  "la",
  "um",
  "at",
  "klo",
  "kl",
  "г",
  "o",
  "om",
  "alle",
  "às",
  "в",
  "den",
  "le",
  "el",
]);

const two = (n: string | number) => String(n).padStart(2, "0");

/** `D Month YYYY, HH:MM` in any word order and any of the languages in months.ts, AM/PM allowed. */
function monthNameDate(text: string): { iso: string } | { unknownWord: string } | null {
  const tokens = text
    .toLocaleLowerCase("en")
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter((t) => t !== "" && !FILLERS.has(t.replace(/\.$/, "")));
  let year: string | undefined;
  let day: string | undefined;
  let month: number | undefined;
  let time: string[] | undefined;
  let meridiem: "am" | "pm" | undefined;
  let unknownWord: string | undefined;
  for (const token of tokens) {
    const t = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(token);
    if (t && time === undefined && (day !== undefined || !token.includes("."))) time = t.slice(1);
    else if (/^\d{4}$/.test(token)) year = token;
    else if (/^\d{1,2}(\.|er|º|\.º)?$/.test(token)) day = token.replace(/\D+$/, "");
    else if (/^[ap]\.?m\.?$/.test(token)) meridiem = token.startsWith("p") ? "pm" : "am";
    else if (monthOf(token) !== undefined) month = monthOf(token);
    else if (/\p{L}/u.test(token)) unknownWord ??= token;
  }
  if (month === undefined) return unknownWord === undefined ? null : { unknownWord };
  if (year === undefined || day === undefined || time === undefined) return null;
  let hour = Number(time[0]);
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  return { iso: `${year}-${two(month)}-${two(day)}T${two(hour)}:${time[1]}:${time[2] ?? "00"}` };
}

function cjkDate(m: RegExpExecArray): string {
  let hour = Number(m[5]);
  const pm = PM_WORDS.includes(m[4] ?? "") || /^p/i.test(m[8] ?? "");
  const am = (m[4] !== undefined && !pm) || /^a/i.test(m[8] ?? "");
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  return `${m[1]}-${two(m[2] as string)}-${two(m[3] as string)}T${two(hour)}:${m[6]}:${m[7] ?? "00"}`;
}

/**
 * A workout start as `YYYY-MM-DDTHH:MM:SS`, the wall-clock time the app shows (no zone), from
 * `YYYY-MM-DD HH:MM[:SS]` (Strong), `D Mon YYYY, HH:MM` (Hevy) and the localised forms of these:
 * month names in the languages of months.ts, `21.02.2025 18:30`, and `2025年2月21日 7:17`.
 */
export function dateTimeIn(text: string, column: string): string {
  const trimmed = text.trim();
  let iso: string | null = null;
  let unknownWord: string | undefined;
  const m = ISO_RE.exec(trimmed);
  const cjk = CJK_RE.exec(trimmed);
  const dotted = DOTTED_RE.exec(trimmed);
  if (m)
    iso = `${m[1]}-${two(m[2] as string)}-${two(m[3] as string)}T${two(m[4] as string)}:${m[5]}:${m[6] ?? "00"}`;
  else if (cjk) iso = cjkDate(cjk);
  else if (dotted)
    iso = `${dotted[3]}-${two(dotted[2] as string)}-${two(dotted[1] as string)}T${two(dotted[4] as string)}:${dotted[5]}:${dotted[6] ?? "00"}`;
  else {
    const named = monthNameDate(trimmed);
    if (named && "iso" in named) iso = named.iso;
    else if (named) unknownWord = named.unknownWord;
  }
  if (iso === null || parseDate(iso) === null || Number(iso.slice(11, 13)) > 23) {
    const why = unknownWord
      ? ` ("${unknownWord}" is not a month name in ${Object.keys(MONTH_NAMES).join(", ")})`
      : "";
    throw new CellError(
      column,
      `"${text}" is not a date and time like 2025-02-21 07:17:00 or 21 Feb 2025, 07:17${why}`,
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
