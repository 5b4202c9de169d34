import { describeError } from "./errors.js";
import { type Command, type Io, processIo } from "./io.js";

// Lazy imports keep start-up fast: `plan` never loads the server or the database driver.
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  plan: () => import("./commands/plan.js"),
  next: () => import("./commands/next.js"),
  decide: () => import("./commands/decide.js"),
  exercises: () => import("./commands/exercises.js"),
  analyze: () => import("./commands/analyze.js"),
  serve: () => import("./commands/serve.js"),
  log: () => import("./commands/log.js"),
  history: () => import("./commands/history.js"),
  profile: () => import("./commands/profile.js"),
  import: () => import("./commands/import.js"),
  export: () => import("./commands/export.js"),
};

async function help(io: Io): Promise<number> {
  const lines = ["hipthrust — an evidence-based coach for the hip thrust", "", "Commands:"];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push("", "Run `hipthrust COMMAND --help` for a command's options.");
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return help(io);
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`hipthrust: unknown command "${name}"; run \`hipthrust --help\` for the list\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes("--help")) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const { code, message } = describeError(error);
    io.stderr(`hipthrust ${name}: ${message}\n`);
    return code;
  }
}
