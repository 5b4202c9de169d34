import { InputError } from "./errors.js";

export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set(["json", "help", "dry-run", "attach", "force"]);

export function parseArgs(argv: string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new InputError(`option --${name} needs a value`);
      flags.set(name, value);
      i++;
    }
  }
  return { positionals, flags };
}

export function stringFlag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new InputError(`option --${name} needs a value`);
  return value;
}

export function intFlag(args: Args, name: string, min: number, max: number): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`option --${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function boolFlag(args: Args, name: string): boolean {
  return args.flags.get(name) === true;
}

/** Rejects flags the command does not know, so a typo is not silently ignored. */
export function allowOnly(args: Args, known: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) throw new InputError(`unknown option --${name}`);
  }
}
