import { basename } from "node:path";
import { assertLoadsFit } from "../../contract/profile.js";
import type { Session } from "../../core/types.js";
import { parseImport } from "../../import/index.js";
import { ensureAthlete, findAthlete } from "../../storage/athletes.js";
import { getProfile, saveProfile } from "../../storage/profiles.js";
import { importSessions } from "../../storage/sessions.js";
import { allowOnly, boolFlag, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import { readText } from "../files.js";
import type { Command } from "../io.js";
import { athleteName, unitOption, withStore } from "../store.js";

export const command: Command = {
  summary: "add a Strong, Hevy or hipthrust export (CSV or JSON, detected) to the stored log",
  usage: [
    "usage: hipthrust import FILE [--athlete NAME] [--unit kg|lb] [--json] [--data DIR]",
    "",
    "  --unit   the unit of the file's loads, for exports that do not say (Strong's older CSV)",
    "",
    "The whole file is checked first: a bad row rejects it (naming its line) and nothing is stored.",
    "Importing the same export again adds only the workouts not stored yet.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["athlete", "unit", "json", "data"]);
    const name = athleteName(args);
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw new InputError("expected one FILE to import");
    const unitFlag = unitOption(args);
    const text = readText(file, io.cwd);

    const { parsed, unit, result } = await withStore(args, io, async (store) => {
      // A stored profile's unit is the athlete's: loads convert into it, and a file that does not
      // say its unit (a hipthrust log, Strong's older CSV) is read in it.
      const existing = await findAthlete(store.db, name);
      const storedUnit = existing ? (await getProfile(store.db, existing.id))?.unit : undefined;
      const parsed = parseImport(text, file, {
        ...(unitFlag ? { unit: unitFlag } : {}),
        ...(storedUnit ? { profileUnit: storedUnit } : {}),
      });
      const unit = parsed.unit ?? unitFlag;
      if (!unit) throw new InputError(`${file}: the file does not say its unit; pass --unit kg or --unit lb`);
      const items = parsed.sessions.map(({ source, externalKey, ...session }) => ({
        session: session as Session,
        origin: { source, externalKey },
      }));
      const known = existing ? await getProfile(store.db, existing.id) : null;
      for (const [i, session] of parsed.sessions.entries()) {
        assertLoadsFit(known ?? parsed.profile, session.exercises ?? [], unit, {
          source: file,
          prefix: ["sessions", i],
          what: `workout of ${session.date}`,
        });
      }
      const athlete = await ensureAthlete(store.db, name, parsed.profile?.unit ?? unit);
      const counts = await importSessions(store.db, athlete.id, items, unit);
      let profile: "stored" | "kept" | "none" = "none";
      if (parsed.profile) {
        profile = (await getProfile(store.db, athlete.id)) ? "kept" : "stored";
        if (profile === "stored") await saveProfile(store.db, athlete.id, parsed.profile);
      }
      return { parsed, unit, result: { ...counts, profile } };
    });

    for (const warning of parsed.warnings) io.stderr(`hipthrust import: warning: ${warning}\n`);
    if (boolFlag(args, "json")) {
      const report = {
        file,
        format: parsed.format,
        unit,
        athlete: name,
        ...result,
        warnings: parsed.warnings,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `Imported ${basename(file)} (${parsed.format}, loads in ${unit}) for ${name}: ` +
        `${result.added} session(s) added, ${result.skipped} already stored.`,
    ];
    if (result.profile === "stored") lines.push("Stored the profile the file carries.");
    if (result.profile === "kept") lines.push("Kept the stored profile; the file's profile was not used.");
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
