import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
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

/** Group and others lose every right on a file or directory that is ours; the owner keeps theirs. */
function ownerOnly(path: string): void {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
}

/**
 * The store's directory and database file, for the owner alone: the directory is created 0700
 * (parents too, as XDG asks for its data directories) and the database file 0600 before SQLite
 * first opens it; SQLite gives its -wal and -shm files the database's mode. A store made before
 * this is tightened when opened; a directory that already existed is left as its owner set it.
 */
export function prepareStoreFile(dataDir: string, fileName: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, fileName);
  try {
    closeSync(openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) ownerOnly(path);
  return file;
}
