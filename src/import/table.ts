// A CSV file as a header and rows whose cells are looked up by column name.

import { InputError } from "../contract/errors.js";
import { type Delimiter, readCsv } from "./csv.js";

export interface Row {
  line: number;
  /** Why the whole row cannot be read (more fields than the header), if it cannot. */
  problem?: string;
  /** The cell under `column` (matched without regard to case), or "" when the file has no such column. */
  cell(column: string): string;
}

export interface Table {
  source: string;
  delimiter: Delimiter;
  /** Column names as written, trimmed. */
  header: string[];
  rows: Row[];
  has(column: string): boolean;
}

const key = (column: string) => column.trim().toLowerCase();

export function readTable(text: string, source: string): Table {
  const { delimiter, records } = readCsv(text, source);
  const [first, ...rest] = records;
  if (!first)
    throw new InputError(`${source}: the file is empty`, [{ field: "", problem: "the file is empty" }]);
  const header = first.fields.map((name) => name.trim());
  const index = new Map(header.map((name, i) => [key(name), i]));
  const rows = rest.map((record): Row => {
    const extra = record.fields.slice(header.length).filter((f) => f.trim() !== "");
    // Reported by the row reader with the other bad rows (or skipped with --skip-bad-rows).
    const problem =
      extra.length > 0 ? `has ${record.fields.length} fields; the header has ${header.length}` : undefined;
    return {
      line: record.line,
      ...(problem !== undefined && { problem }),
      cell: (column) => {
        const i = index.get(key(column));
        return i === undefined ? "" : (record.fields[i] ?? "");
      },
    };
  });
  return { source, delimiter, header, rows, has: (column) => index.has(key(column)) };
}
