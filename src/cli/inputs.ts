import { logSchema } from "../contract/log.js";
import { profileSchema } from "../contract/profile.js";
import type { Profile, TrainingLog } from "../core/types.js";
import { type Args, stringFlag } from "./args.js";
import { InputError } from "./errors.js";
import { readJsonAs } from "./files.js";
import type { Io } from "./io.js";

const NO_PROFILE = "no profile: pass --profile P.json, or store one with `hipthrust profile set P.json`";

async function stored(args: Args, io: Io, nextOn: string | null) {
  // Imported here so commands given files never load the database drivers.
  const { storedProfileAndLog } = await import("./store.js");
  return storedProfileAndLog(args, io, nextOn);
}

/** The profile from `--profile`, else the stored athlete's. */
export async function loadProfile(args: Args, io: Io): Promise<Profile> {
  const path = stringFlag(args, "profile");
  if (path !== undefined) return readJsonAs(profileSchema, path, io.cwd);
  const { profile } = await stored(args, io, null);
  if (!profile) throw new InputError(NO_PROFILE);
  return profile;
}

/**
 * For `next` on `day`: the profile from `--profile` and the log from `--log`, each else the
 * stored athlete's; the store is opened once, and only when a file is not given.
 */
export async function loadForNext(
  args: Args,
  io: Io,
  day: string,
): Promise<{ profile: Profile; log: TrainingLog }> {
  const profilePath = stringFlag(args, "profile");
  const logPath = stringFlag(args, "log");
  const files = {
    profile: profilePath === undefined ? null : readJsonAs(profileSchema, profilePath, io.cwd),
    log: logPath === undefined ? null : readJsonAs(logSchema, logPath, io.cwd),
  };
  const fromStore = files.profile && files.log ? null : await stored(args, io, day);
  const profile = files.profile ?? fromStore?.profile;
  if (!profile) throw new InputError(NO_PROFILE);
  return { profile, log: files.log ?? fromStore?.log ?? { sessions: [] } };
}

/** Today's date where the person is, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Flags every command that reads a profile or log accepts. */
export const STORE_FLAGS = ["data", "athlete"] as const;
