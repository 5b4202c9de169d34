import { decide } from "../../core/decide.js";
import { allowOnly, boolFlag, parseArgs } from "../args.js";
import { loadProfile, STORE_FLAGS } from "../inputs.js";
import type { Command } from "../io.js";
import { decideReport } from "../report/decide.js";

export const command: Command = {
  summary: "whether and how the hip thrust fits this person",
  usage: "hipthrust decide [--profile P.json] [--json] [--data DIR] [--athlete NAME]",
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["profile", "json", ...STORE_FLAGS]);
    const decision = decide(await loadProfile(args, io));
    io.stdout(boolFlag(args, "json") ? `${JSON.stringify(decision, null, 2)}\n` : decideReport(decision));
    return 0;
  },
};
