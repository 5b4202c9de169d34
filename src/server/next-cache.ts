import type { NextRecommendation } from "../core/types.js";
import type { Store } from "../storage/store.js";

/** Enough for every athlete of a gym asking about today and a few other days. */
const MAX_ANSWERS = 1000;

/**
 * GET …/next answers kept while the store's data stays the same: the Today screen is asked for
 * again and again (reloads, a second device, the coach) between two logged sets, and each answer
 * reads the athlete's block of history. Any write anywhere forgets them all; a store with no cheap
 * version (PostgreSQL) computes every answer.
 */
export class NextCache {
  private answers = new Map<string, NextRecommendation>();
  private version: string | undefined;

  constructor(private readonly store: Store) {}

  /** The answer kept under `key` (the athlete's name and the day), else `compute`'s. */
  async answer(key: string, compute: () => Promise<NextRecommendation>): Promise<NextRecommendation> {
    const version = this.store.version?.();
    if (version === undefined) return compute();
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    const known = this.answers.get(key);
    if (known) return known;
    const answer = await compute();
    // Computed from data at least as new as `version`: keep it only if nothing was written meanwhile.
    if (this.store.version?.() === version) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
