import { MAX_LOG_SESSIONS } from "../contract/api.js";
import { recommendNext } from "../core/next/recommend.js";
import type { NextRecommendation, Profile } from "../core/types.js";
import type { Store } from "../storage/store.js";
import { readNextLog } from "../storage/window.js";

/** `next` for a stored athlete: the part of the log it needs, read, and the coach's answer. */
export async function computeNext(
  store: Store,
  athleteId: number,
  profile: Profile,
  day: string,
): Promise<NextRecommendation> {
  // At most the latest sessions the analytics read too: a bounded amount of work per request.
  const log = await readNextLog(store.db, athleteId, profile.unit, day, MAX_LOG_SESSIONS);
  return recommendNext(profile, log, day);
}
