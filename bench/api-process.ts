// A real `bin/hipthrust serve` process and autocannon runs, for the API benchmarks.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const BIN = fileURLToPath(new URL("../bin/hipthrust", import.meta.url));

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Waits for the child's "serving on URL" line; `stop` sends SIGTERM and waits for the exit. */
export function served(child: ChildProcess): Promise<Served> {
  return new Promise<Served>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /serving on (http:\/\/\S+:\d+)/.exec(out);
      if (!match?.[1]) return;
      resolve({
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            child.on("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}; run \`npm run build\` first?`)));
  });
}

/** `hipthrust serve` on an ephemeral port, rate limit off (the benchmark is one client). */
export function serve(flags: string[], env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...flags], {
    env: { ...env, HIPTHRUST_RATE_LIMIT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return served(child);
}

export function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

/** Requests that failed: non-2xx answers, errors and timeouts. */
export const failures = (result: autocannon.Result) => result.non2xx + result.errors + result.timeouts;
