import { logSchema } from "../contract/log.js";
import { profileSchema } from "../contract/profile.js";
import type { Profile, TrainingLog } from "../core/types.js";
import { type Args, stringFlag } from "./args.js";
import { InputError } from "./errors.js";
import { readJsonAs } from "./files.js";
import type { Io } from "./io.js";

/** The profile from `--profile`, else the stored athlete's (the store loads only when needed). */
export async function loadProfile(args: Args, io: Io): Promise<Profile> {
  const path = stringFlag(args, "profile");
  if (path !== undefined) return readJsonAs(profileSchema, path, io.cwd);
  const { storedProfileAndLog } = await import("./store.js");
  const { profile } = await storedProfileAndLog(args, io);
  if (!profile) {
    throw new InputError(
      "no profile: pass --profile P.json, or store one with `hipthrust profile set P.json`",
    );
  }
  return profile;
}

/** The log from `--log`, else the stored athlete's. */
export async function loadLog(args: Args, io: Io): Promise<TrainingLog> {
  const path = stringFlag(args, "log");
  if (path !== undefined) return readJsonAs(logSchema, path, io.cwd);
  const { storedProfileAndLog } = await import("./store.js");
  return (await storedProfileAndLog(args, io)).log;
}

/** Today's date where the person is, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Flags every command that reads a profile or log accepts. */
export const STORE_FLAGS = ["data", "athlete"] as const;
