import { toCsv } from "../../import/index.js";
import { displayUnit } from "../../storage/athletes.js";
import { getProfile } from "../../storage/profiles.js";
import { readLog } from "../../storage/read.js";
import { allowOnly, noMorePositionals, parseArgs, stringFlag } from "../args.js";
import { InputError } from "../errors.js";
import type { Command } from "../io.js";
import { athleteName, withStoredAthlete } from "../store.js";

export const command: Command = {
  summary: "the stored log on stdout, as a log file (JSON, with the profile) or CSV",
  usage: [
    "usage: hipthrust export [--format json|csv] [--athlete NAME] [--data DIR]",
    "",
    "  json   a log file: { unit, profile, sessions } (profile when one is stored), loads in `unit`",
    "  csv    one row per set, the format `hipthrust import` reads back",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["format", "athlete", "data"]);
    const format = stringFlag(args, "format") ?? "json";
    if (format !== "json" && format !== "csv") {
      throw new InputError(`option --format: expected json or csv, got "${format}"`);
    }
    noMorePositionals(args, 0, "export");
    const { profile, log, unit } = await withStoredAthlete(
      args,
      io,
      athleteName(args),
      async (store, athlete) => {
        const profile = await getProfile(store.db, athlete.id);
        const unit = displayUnit(athlete, profile);
        return { profile, unit, log: await readLog(store.db, athlete.id, unit) };
      },
    );
    if (format === "csv") io.stdout(toCsv(log, unit));
    else
      io.stdout(
        `${JSON.stringify({ unit, ...(profile && { profile }), sessions: log.sessions }, null, 2)}\n`,
      );
    return 0;
  },
};
