import { buildPlan } from "../../core/plan/build.js";
import { allowOnly, boolFlag, intFlag, parseArgs } from "../args.js";
import { loadProfile, STORE_FLAGS } from "../inputs.js";
import type { Command } from "../io.js";
import { planReport } from "../report/plan.js";

export const command: Command = {
  summary: "a programme for the profile (default 4 weeks)",
  usage: "hipthrust plan [--profile P.json] [--weeks N] [--json] [--data DIR] [--athlete NAME]",
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["profile", "weeks", "json", ...STORE_FLAGS]);
    const weeks = intFlag(args, "weeks", 1, 52) ?? 4;
    const plan = buildPlan(await loadProfile(args, io), { weeks });
    io.stdout(boolFlag(args, "json") ? `${JSON.stringify(plan, null, 2)}\n` : planReport(plan));
    return 0;
  },
};
