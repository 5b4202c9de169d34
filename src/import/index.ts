// Import: export text from Strong, Hevy or hipthrust itself → hipthrust sessions. Pure: the
// caller reads the file and stores the result. The whole file is checked before anything is
// returned, so a bad row rejects it all (with its line) and nothing is half-imported.

import { InputError } from "../contract/errors.js";
import { assemble } from "./assemble.js";
import type { SkippedRow } from "./errors.js";
import { isHevy, readHevy } from "./hevy.js";
import { isHipthrustCsv, readHipthrustCsv } from "./hipthrust-csv.js";
import { readHipthrustJson } from "./hipthrust-json.js";
import { withHipthrustKeys } from "./hipthrust-keys.js";
import { headerLanguage } from "./languages.js";
import { isStrong, readStrong } from "./strong.js";
import { readTable } from "./table.js";
import type { ImportOptions, ImportResult } from "./types.js";

export { toCsv } from "./hipthrust-csv.js";
export type { ImportedSession, ImportOptions, ImportResult } from "./types.js";

const SUPPORTED = [
  "Strong CSV (all four header versions, 2016 on)",
  "Hevy CSV (metric or imperial)",
  "hipthrust CSV (`hipthrust export --format csv`)",
  "hipthrust JSON (a log file, `hipthrust export`)",
];

/** Detects the format of `text` (named `fileName` in messages) and reads it. Throws InputError on bad input. */
export function parseImport(text: string, fileName: string, options: ImportOptions): ImportResult {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body === "")
    throw new InputError(`${fileName}: the file is empty`, [{ field: "", problem: "the file is empty" }]);
  if (body.startsWith("{")) return readHipthrustJson(body, fileName, options);

  const table = readTable(text, fileName);
  if (isHipthrustCsv(table)) {
    const { sessions, unit } = readHipthrustCsv(table, options.profileUnit);
    return { format: "hipthrust-csv", unit, sessions: withHipthrustKeys(sessions), warnings: [] };
  }
  const badRows: SkippedRow[] | undefined = options.skipBadRows ? [] : undefined;
  const withBadRows = <T>(result: T) => ({ ...result, ...(badRows && { badRows }) });
  if (isStrong(table)) {
    const rows = readStrong(table, options, badRows);
    return withBadRows({ format: "strong-csv", ...assemble(rows, "strong", fileName, options.profileUnit) });
  }
  if (isHevy(table)) {
    const rows = readHevy(table, badRows);
    return withBadRows({ format: "hevy-csv", ...assemble(rows, "hevy", fileName, options.profileUnit) });
  }
  const shown = table.header.slice(0, 6).join(", ") + (table.header.length > 6 ? ", …" : "");
  const language = headerLanguage(table.header);
  const seen = language
    ? `a header in ${language} (${shown}), which hipthrust cannot read yet; export again with the app set to English`
    : `header: ${shown}`;
  const problem = `not a known export (${seen}); supported: ${SUPPORTED.join("; ")}`;
  throw new InputError(`${fileName}: ${problem}`, [{ field: "", problem }]);
}
