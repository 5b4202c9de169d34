// A small RFC 4180 reader and writer: quoted fields with "" escapes, CRLF, LF or CR line ends,
// a leading byte-order mark, and `;` or `,` as the delimiter (Strong's older exports use `;`).

import { InputError } from "../contract/errors.js";

export type Delimiter = "," | ";";

export interface CsvRecord {
  /** 1-based line where the record starts (quoted fields may span lines). */
  line: number;
  fields: string[];
}

export interface Csv {
  delimiter: Delimiter;
  records: CsvRecord[];
}

/** The delimiter that occurs most in the first line outside quotes; `,` on a tie. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") break;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Every non-blank record of `text`; throws an InputError naming `source` and the line for broken quoting. */
export function readCsv(text: string, source: string): Csv {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let closedQuote = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === "" && !closedQuote;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    closedQuote = false;
  };

  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        closedQuote = true;
      } else {
        if (c === "\r" || (c === "\n" && body[i - 1] !== "\r")) line++;
        field += c;
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = "";
      closedQuote = false;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      if (c === "\r" && body[i + 1] === "\n") i++;
      line++;
      recordLine = line;
    } else if (closedQuote) {
      throw new InputError(`${source}: line ${line}: unexpected text after a closing quote`, [
        { field: `line ${line}`, problem: "unexpected text after a closing quote" },
      ]);
    } else if (c === '"' && field === "") {
      quoted = true;
    } else {
      field += c;
    }
  }
  if (quoted) {
    throw new InputError(`${source}: line ${recordLine}: a quoted field is never closed`, [
      { field: `line ${recordLine}`, problem: "a quoted field is never closed" },
    ]);
  }
  if (field !== "" || fields.length > 0 || closedQuote) endRecord();
  return { delimiter, records };
}

function quote(field: string): string {
  return /[",;\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Rows as comma-separated text, quoting only the fields that need it; LF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quote).join(",")}\n`).join("");
}
