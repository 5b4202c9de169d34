// Row-level error reporting: every bad cell of a file is gathered and reported at once, with its
// line, so nothing is half-imported and the person can fix the whole file in one go.

import { InputError, type Issue } from "../contract/errors.js";

/** A problem with one cell; the row reader adds the file name and line. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly problem: string,
  ) {
    super(`${column}: ${problem}`);
  }
}

/** Lines of the message; `issues` carries them all. */
const SHOWN = 20;

/** A bad row left out by `--skip-bad-rows`: its line and what was wrong. */
export interface SkippedRow {
  line: number;
  problem: string;
}

/**
 * Runs `read` on each row, collecting CellErrors; throws one InputError listing them when there
 * are any, unless `skipped` is given: then the bad rows are left out and listed there.
 */
export function forEachRow<R extends { line: number; problem?: string }>(
  rows: readonly R[],
  source: string,
  read: (row: R) => void,
  skipped?: SkippedRow[],
): void {
  const issues: Issue[] = [];
  for (const row of rows) {
    try {
      if (row.problem !== undefined) throw new CellError("", row.problem);
      read(row);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      const field = error.column ? `line ${row.line}: ${error.column}` : `line ${row.line}`;
      issues.push({ field, problem: error.problem });
      skipped?.push({
        line: row.line,
        problem: error.column ? `${error.column}: ${error.problem}` : error.problem,
      });
    }
  }
  if (issues.length === 0 || skipped) return;
  const lines = issues.slice(0, SHOWN).map((i) => `${source}: ${i.field}: ${i.problem}`);
  if (issues.length > SHOWN) lines.push(`${source}: … and ${issues.length - SHOWN} more problems`);
  throw new InputError(lines.join("\n"), issues);
}
