// Failed sign-ins per account, kept in memory: five failures in 15 minutes lock the account's
// sign-in until the oldest of them ages out (the server's per-address limit is @fastify/rate-limit).
import { accountRetryAfterMs, FAILURES_PER_ACCOUNT } from "../../auth/policy.js";

/** Accounts tracked at most; past it, those whose failures all aged out are forgotten. */
const MAX_TRACKED = 10_000;

export class FailedSignIns {
  private readonly failures = new Map<string, number[]>();

  /** Milliseconds until this account may try again (0: now). */
  retryAfterMs(account: string, now: number): number {
    return accountRetryAfterMs(this.failures.get(account) ?? [], now);
  }

  fail(account: string, now: number): void {
    if (this.failures.size >= MAX_TRACKED) this.forgetOld(now);
    const recent = (this.failures.get(account) ?? []).filter((t) => now - t < FAILURES_PER_ACCOUNT.windowMs);
    this.failures.set(account, [...recent, now]);
  }

  succeed(account: string): void {
    this.failures.delete(account);
  }

  private forgetOld(now: number): void {
    for (const [account, times] of this.failures) {
      if (times.every((t) => now - t >= FAILURES_PER_ACCOUNT.windowMs)) this.failures.delete(account);
    }
  }
}
