import { createHash } from "node:crypto";
import { basename } from "node:path";
import { assertLoadsFit } from "../../contract/profile.js";
import { dayOf } from "../../core/dates.js";
import type { Session, Unit } from "../../core/types.js";
import { type ImportResult, parseImport } from "../../import/index.js";
import { getProfile, saveProfile } from "../../storage/profiles.js";
import { importSessions } from "../../storage/sessions.js";
import { allowOnly, boolFlag, noMorePositionals, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import { readText } from "../files.js";
import { localDay } from "../inputs.js";
import type { Command } from "../io.js";
import {
  athleteName,
  lookUpAthlete,
  requireStoredAthlete,
  unitOption,
  withExistingStore,
  withStoreToWrite,
} from "../store.js";

const USAGE = [
  "usage: hipthrust import FILE|- [--athlete NAME] [--create] [--unit kg|lb] [--replace] [--skip-bad-rows]",
  "                       [--json] [--data DIR]",
  "",
  "  --unit           the unit of the file's loads, for exports that do not say (Strong's older CSV)",
  "  --create         create the athlete if it is not stored yet (else: an error listing who is)",
  "  --replace        first remove the sessions an earlier import of this file created (same file",
  "                   name or same content), e.g. after importing it with the wrong --unit",
  "  --skip-bad-rows  import the readable rows and list every line left out (Strong and Hevy)",
  "",
  "The whole file is checked first: by default a bad row rejects it (naming its line) and nothing",
  "is stored. Importing the same export again adds only the workouts not stored yet.",
].join("\n");

/** Formats whose sets carry no lockout, control or pain: `next` must learn the form gates anew. */
const APP_FORMATS = ["strong-csv", "hevy-csv"];

function summaryLines(
  file: string,
  name: string,
  unit: Unit,
  parsed: ImportResult,
  result: { added: number; skipped: number; replaced?: number; profile: string },
  future: string[],
): string[] {
  const lines = [
    `Imported ${file === "-" ? "standard input" : basename(file)} (${parsed.format}, loads in ${unit}) for ${name}: ` +
      `${result.added} session(s) added, ${result.skipped} already stored` +
      (result.replaced === undefined ? "." : `, ${result.replaced} from the earlier import replaced.`),
  ];
  if (parsed.planned)
    lines.push(`Skipped ${parsed.planned} blank row(s): sets planned in the app but not done.`);
  if (parsed.badRows?.length) {
    lines.push(`Left out ${parsed.badRows.length} row(s) that could not be read (--skip-bad-rows):`);
    for (const row of parsed.badRows) lines.push(`  line ${row.line}: ${row.problem}`);
  }
  if (parsed.otherNames?.length) {
    lines.push(
      `Kept ${parsed.otherNames.length} exercise name(s) outside the library as other: ` +
        `${parsed.otherNames.map((n) => `"${n}"`).join(", ")}`,
    );
  }
  if (APP_FORMATS.includes(parsed.format) && result.added > 0) {
    lines.push(
      "Note: the app kept no lockout, control or pain records, so these sessions count for your loads " +
        "and e1RM but not as form checks: `next` asks for one logged session with the form gates " +
        "(--lockout, --controlled, --pain) before it raises the load.",
    );
  }
  if (future.length > 0) {
    lines.push(
      `Warning: ${future.length} session(s) are dated in the future (${future.slice(0, 3).join(", ")}` +
        `${future.length > 3 ? ", …" : ""}); check the file's dates.`,
    );
  }
  if (result.profile === "stored") lines.push("Stored the profile the file carries.");
  if (result.profile === "kept") lines.push("Kept the stored profile; the file's profile was not used.");
  return lines;
}

export const command: Command = {
  summary: "add a Strong, Hevy or hipthrust export (CSV or JSON, detected) to the stored log",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["athlete", "unit", "json", "data", "create", "replace", "skip-bad-rows"]);
    const name = athleteName(args);
    const [file] = args.positionals;
    if (file === undefined)
      throw new InputError(`expected one FILE to import (- for standard input)\n\n${USAGE}`);
    noMorePositionals(args, 1, "import");
    const unitFlag = unitOption(args);
    const text = readText(file, io.cwd);
    const sha256 = createHash("sha256").update(text).digest("hex");
    // Standard input has no name: only the same content counts as the same file.
    const importFile = { name: file === "-" ? `-:${sha256}` : basename(file), sha256 };

    // The file is read and checked before anything is written: a refused file creates nothing.
    const storedUnit = await withExistingStore(
      args,
      io,
      async (store) => {
        const athlete = await lookUpAthlete(store, name);
        return athlete ? (await getProfile(store.db, athlete.id))?.unit : undefined;
      },
      () => undefined,
    );
    const parsed = parseImport(text, file, {
      ...(unitFlag ? { unit: unitFlag } : {}),
      ...(storedUnit ? { profileUnit: storedUnit } : {}),
      ...(boolFlag(args, "skip-bad-rows") ? { skipBadRows: true } : {}),
    });
    const unit = parsed.unit ?? unitFlag;
    if (!unit) throw new InputError(`${file}: the file does not say its unit; pass --unit kg or --unit lb`);
    const items = parsed.sessions.map(({ source, externalKey, ...session }) => ({
      session: session as Session,
      origin: { source, externalKey },
    }));

    const { result, stored } = await withStoreToWrite(args, io, name, async (store) => {
      const existing = await lookUpAthlete(store, name);
      const known = existing ? await getProfile(store.db, existing.id) : null;
      for (const [i, session] of parsed.sessions.entries()) {
        assertLoadsFit(known ?? parsed.profile, session.exercises ?? [], unit, {
          source: file,
          prefix: ["sessions", i],
          what: `workout of ${session.date}`,
        });
      }
      if (!existing && !boolFlag(args, "create")) await requireStoredAthlete(store, name);
      // A new athlete is created by the import's first batch, unseen until its last.
      let profile: "stored" | "kept" | "none" = "none";
      const counts = await importSessions(
        store.db,
        existing?.id ?? { name, unit: parsed.profile?.unit ?? unit },
        items,
        unit,
        {
          file: importFile,
          replace: boolFlag(args, "replace"),
          finish: async (trx, athleteId) => {
            if (!parsed.profile) return;
            profile = (await getProfile(trx, athleteId)) ? "kept" : "stored";
            if (profile === "stored") await saveProfile(trx, athleteId, parsed.profile);
          },
        },
      );
      return { result: { ...counts, profile }, stored: existing?.name ?? name };
    });

    const today = localDay(io.now());
    const future = parsed.sessions.map((s) => dayOf(s.date)).filter((day) => day > today);
    for (const warning of parsed.warnings) io.stderr(`hipthrust import: warning: ${warning}\n`);
    if (boolFlag(args, "json")) {
      const report = {
        file,
        format: parsed.format,
        unit,
        athlete: stored,
        ...result,
        plannedRowsSkipped: parsed.planned ?? 0,
        badRows: parsed.badRows ?? [],
        otherNames: parsed.otherNames ?? [],
        futureSessions: future,
        noFormRecords: APP_FORMATS.includes(parsed.format),
        warnings: parsed.warnings,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    io.stdout(`${summaryLines(file, stored, unit, parsed, result, future).join("\n")}\n`);
    return 0;
  },
};
