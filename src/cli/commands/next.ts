import { dateSchema } from "../../contract/log.js";
import { recommendNext } from "../../core/next/recommend.js";
import { allowOnly, boolFlag, parseArgs, stringFlag } from "../args.js";
import { InputError } from "../errors.js";
import { loadForNext, localDay, STORE_FLAGS } from "../inputs.js";
import type { Command } from "../io.js";
import { nextReport } from "../report/next.js";

export const command: Command = {
  summary: "what to do on a date (default today)",
  usage:
    "hipthrust next [--profile P.json] [--log L.json] [--date YYYY-MM-DD] [--json] [--data DIR] [--athlete NAME]",
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["profile", "log", "date", "json", ...STORE_FLAGS]);
    const date = stringFlag(args, "date") ?? localDay(io.now());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !dateSchema.safeParse(date).success) {
      throw new InputError(`option --date: "${date}" is not a date (expected YYYY-MM-DD)`);
    }
    const { profile, log } = await loadForNext(args, io, date);
    const rec = recommendNext(profile, log, date);
    io.stdout(boolFlag(args, "json") ? `${JSON.stringify(rec, null, 2)}\n` : nextReport(rec));
    return 0;
  },
};
