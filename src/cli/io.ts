/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /** True when stderr is a terminal (progress bars go there only then). */
  stderrIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  stderrIsTTY: process.stderr.isTTY === true,
};

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
