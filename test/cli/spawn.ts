// Runs bin/hipthrust as a real process on a test place (needs dist/: `npm test` builds it first).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main.js";
import type { Place } from "../storage/backends.js";

export const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds until it exited. */
  ms: number;
}

/**
 * `input` is written to standard input, which is then closed; "open" leaves standard input an open
 * pipe that never ends (a process waiting on it would hang until the timeout kills it).
 */
export function hipthrust(
  place: Place,
  args: string[],
  options: { input?: string | "open"; cwd?: string; timeoutMs?: number } = {},
): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, ...place.flags], {
      env: place.env,
      cwd: options.cwd ?? process.cwd(),
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 30_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    if (typeof options.input === "string" && options.input !== "open") child.stdin?.end(options.input);
    child.on("error", reject);
    child.on("close", (code) => {
      child.stdin?.destroy();
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The same command in this process (faster): for commands that read no standard input. */
export async function inProcess(place: Place, args: string[], cwd = process.cwd()): Promise<Ran> {
  const started = Date.now();
  let stdout = "";
  let stderr = "";
  const code = await run([...args, ...place.flags], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: place.env,
    cwd,
    now: () => new Date(),
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}
