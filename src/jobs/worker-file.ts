import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The compiled file of a worker thread. Worker threads need JavaScript: run from the TypeScript
 * sources (tests, benchmarks), the worker comes from `dist/` (`npm run build`, which `npm test` and
 * `npm ci` do first).
 */
export function workerFile(name: string, from: string): URL {
  const fromSources = from.endsWith(".ts");
  const url = fromSources ? new URL(`../../dist/jobs/${name}.js`, from) : new URL(`./${name}.js`, from);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`the worker ${fileURLToPath(url)} is missing: run \`npm run build\``);
  }
  return url;
}
