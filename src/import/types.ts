import type { Profile, Session, Unit } from "../core/types.js";

export interface ImportOptions {
  /** The unit of a file that does not say (Strong's comma export without a unit column). */
  unit?: Unit;
  /** The athlete's unit: loads are converted into it. Without it, they stay in the file's unit. */
  profileUnit?: Unit;
  /** Leave out rows that cannot be read (listed in `badRows`) instead of refusing the file. */
  skipBadRows?: boolean;
}

/**
 * An imported session. `externalKey` names the same workout on every import of the same export
 * (format family, start date-time and workout name), so storage can make imports idempotent.
 */
export type ImportedSession = Session & { source: string; externalKey: string };

export interface ImportResult {
  format: string;
  /** The unit the sessions' loads are in; null when the file did not say and no profile unit was given. */
  unit: Unit | null;
  sessions: ImportedSession[];
  warnings: string[];
  /** The profile a hipthrust JSON export carries beside its sessions. */
  profile?: Profile;
  /** Rows left out with `skipBadRows`, each with its line and problem. */
  badRows?: { line: number; problem: string }[];
  /** Blank rows of sets planned but not done, skipped. */
  planned?: number;
  /** Exercise names of the file kept as `other:` (not matched to the library). */
  otherNames?: string[];
}
