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

/** A reader that left early (`hipthrust history | head`) is not an error: stop quietly. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

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
