import { InputError } from "./errors.js";

export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set([
  "json",
  "help",
  "dry-run",
  "attach",
  "force",
  "create",
  "replace",
  "skip-bad-rows",
  "cleared",
  "owner",
  "password-stdin",
  "trust-proxy",
]);

export function parseArgs(argv: string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    // `-` alone is a file name (standard input), not an option.
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    // A second value would silently win over the first: which one the person meant is unknown.
    if (flags.has(name)) throw new InputError(`option --${name} is given twice; give it once`);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2))
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

/** Decimal notation only: "1e3", "0x10", "Infinity" and "" are typos here, not numbers. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** `--name N`, a number written in decimals, or undefined when the option is not given. */
export function numberFlag(args: Args, name: string): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  if (!DECIMAL.test(raw.trim())) throw new InputError(`option --${name}: "${raw}" is not a number`);
  return Number(raw);
}

export function intFlag(args: Args, name: string, min: number, max: number): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = DECIMAL.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`option --${name}: must be a whole number from ${min} to ${max}, got "${raw}"`);
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

/** Rejects positional arguments beyond the `expected` ones, naming the first stray one. */
export function noMorePositionals(args: Args, expected: number, command: string): void {
  const stray = args.positionals[expected];
  if (stray !== undefined) {
    throw new InputError(`unexpected argument "${stray}"; run \`hipthrust ${command} --help\` for the usage`);
  }
}
