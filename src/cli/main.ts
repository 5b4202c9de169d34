import { join } from "node:path";
import { storeLocation } from "../storage/location.js";
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
  user: () => import("./commands/user.js"),
  audit: () => import("./commands/audit.js"),
  backup: () => import("./commands/backup.js"),
  restore: () => import("./commands/restore.js"),
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

/** Options every command accepts, which may also stand before the command's name. */
const GLOBAL_WITH_VALUE = ["--data", "--athlete"];
const GLOBAL_ALONE = ["--json"];

/**
 * Splits `hipthrust [global options] COMMAND [args]` into the command's name and its arguments,
 * moving leading global options after them (`--data D history` is `history --data D`).
 */
function splitCommand(argv: string[]): { name: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] as string;
    const flag = arg.split("=")[0] as string;
    if (GLOBAL_ALONE.includes(arg) || (GLOBAL_WITH_VALUE.includes(flag) && arg.includes("="))) {
      leading.push(arg);
      i++;
    } else if (GLOBAL_WITH_VALUE.includes(arg)) {
      leading.push(arg, ...argv.slice(i + 1, i + 2));
      i += 2;
    } else break;
  }
  const [name, ...rest] = argv.slice(i);
  return { name, rest: [...rest, ...leading] };
}

export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const { name, rest } = splitCommand(argv);
  if (name === undefined && rest.length > 0) {
    io.stderr("hipthrust: a command is needed after the options; run `hipthrust --help` for the list\n");
    return 2;
  }
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
    const { code, message } = describeError(error, { where: await storeWhere(rest, io) });
    io.stderr(`hipthrust ${name}: ${message}\n`);
    if (io.env.HIPTHRUST_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return code;
  }
}

/** The store a command's arguments pick, for error messages (a URL without its password). */
async function storeWhere(argv: string[], io: Io): Promise<string> {
  const at = argv.findIndex((a) => a === "--data" || a.startsWith("--data="));
  const arg = argv[at] ?? "";
  const data = at === -1 ? undefined : arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[at + 1];
  const location = storeLocation(data, io.env, io.cwd);
  if ("dataDir" in location) return join(location.dataDir, (await import("../storage/store.js")).DB_FILE);
  try {
    const url = new URL(location.databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}
