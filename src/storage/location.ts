import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { StoreLocation } from "./store.js";

/**
 * CONTRACT's rule: `--data DIR`, else `$HIPTHRUST_DATA`, else `$XDG_DATA_HOME/hipthrust`, else
 * `~/.local/share/hipthrust`; `DATABASE_URL` picks PostgreSQL instead, unless `--data` is given
 * (an explicit flag beats the environment).
 */
export function storeLocation(
  dataFlag: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): StoreLocation {
  if (dataFlag !== undefined) return { dataDir: resolve(cwd, dataFlag) };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  if (env.HIPTHRUST_DATA) return { dataDir: resolve(cwd, env.HIPTHRUST_DATA) };
  if (env.XDG_DATA_HOME) return { dataDir: join(env.XDG_DATA_HOME, "hipthrust") };
  return { dataDir: join(env.HOME ?? homedir(), ".local", "share", "hipthrust") };
}
