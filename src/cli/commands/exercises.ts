import { EXERCISES, exerciseById } from "../../core/knowledge/exercises/index.js";
import { allowOnly, boolFlag, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import type { Command } from "../io.js";
import { exerciseDetail, exercisesReport } from "../report/exercises.js";

export const command: Command = {
  summary: "the exercise library: hip-thrust variations, cues, mistakes and what to pair them with",
  usage: [
    "usage: hipthrust exercises [ID] [--json]",
    "",
    "  ID      show one exercise in full (set-up, execution, cues, mistakes, sources)",
    "  --json  print the exercise objects as JSON",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["json"]);
    const json = boolFlag(args, "json");
    const [id, ...extra] = args.positionals;
    if (extra.length > 0)
      throw new InputError(`expected at most one exercise id, got ${args.positionals.length}`);
    if (id === undefined) {
      io.stdout(json ? `${JSON.stringify(EXERCISES, null, 2)}\n` : exercisesReport(EXERCISES));
      return 0;
    }
    const exercise = exerciseById(id);
    if (!exercise) {
      const known = EXERCISES.map((e) => e.id).join(", ");
      throw new InputError(`unknown exercise "${id}"; known ids: ${known}`);
    }
    io.stdout(json ? `${JSON.stringify(exercise, null, 2)}\n` : exerciseDetail(exercise));
    return 0;
  },
};
