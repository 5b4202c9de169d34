// Who may do what: the accounts rules as pure functions (no store, no clock of their own).

export type Role = "owner" | "coach" | "athlete";

/** What the rules need to know about a signed-in user. */
export interface Caller {
  role: Role;
  /** The athlete this user is, if any. */
  athleteId: number | null;
}

/** Only the owner manages users and reads the audit log. */
export const isOwner = (caller: Caller) => caller.role === "owner";

/**
 * What adding an athlete does for this caller: the owner just adds; a coach's new athlete is
 * assigned to them; an athlete user without an athlete of their own becomes that athlete;
 * anyone else may not add one.
 */
export function athleteCreation(caller: Caller): "add" | "assign" | "link" | "forbidden" {
  if (caller.role === "owner") return "add";
  if (caller.role === "coach") return "assign";
  return caller.athleteId === null ? "link" : "forbidden";
}

/**
 * Deleting an athlete removes everything stored for them: the owner may, and the person who is that
 * athlete; a coach edits their athletes' training but cannot erase it.
 */
export const mayDeleteAthlete = (caller: Caller, athleteId: number) =>
  caller.role === "owner" || caller.athleteId === athleteId;

/** A session lives this long after its last use. */
export const SESSION_DAYS = 30;
/** A session's last use is written at most this often, so that reads do not each write. */
export const TOUCH_EVERY_MS = 60_000;

export const sessionExpiry = (now: string) =>
  new Date(Date.parse(now) + SESSION_DAYS * 86_400_000).toISOString();

export const needsTouch = (lastUsedAt: string, now: string) =>
  Date.parse(now) - Date.parse(lastUsedAt) >= TOUCH_EVERY_MS;

/** Writes authenticated by the cookie must carry the session's CSRF token; bearer tokens need none. */
export const needsCsrf = (method: string, via: "cookie" | "token") =>
  via === "cookie" && !["GET", "HEAD", "OPTIONS"].includes(method);

/** Sign-in limits: attempts per address per minute, failures per account per 15 minutes. */
export const LOGIN_PER_ADDRESS = { max: 10, windowMs: 60_000 };
export const FAILURES_PER_ACCOUNT = { max: 5, windowMs: 15 * 60_000 };

/**
 * Given an account's recent failed sign-ins (ms), how long until another attempt may be made
 * (0: now). The window slides: the oldest failure that keeps the count at the limit must age out.
 */
export function accountRetryAfterMs(failures: readonly number[], now: number): number {
  const { max, windowMs } = FAILURES_PER_ACCOUNT;
  const recent = failures.filter((t) => now - t < windowMs).sort((a, b) => a - b);
  if (recent.length < max) return 0;
  return (recent[recent.length - max] as number) + windowMs - now;
}
