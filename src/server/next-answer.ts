import { MAX_LOG_SESSIONS } from "../contract/api.js";
import { recommendNext } from "../core/next/recommend.js";
import type { NextRecommendation, Profile } from "../core/types.js";
import { readLog } from "../storage/read.js";
import type { Store } from "../storage/store.js";
import { nextWindowStart } from "../storage/window.js";

/** `next` for a stored athlete: the part of the log it needs, read, and the coach's answer. */
export async function computeNext(
  store: Store,
  athleteId: number,
  profile: Profile,
  day: string,
): Promise<NextRecommendation> {
  const from = await nextWindowStart(store.db, athleteId, day);
  // At most the latest sessions the analytics read too: a bounded amount of work per request.
  const log = await readLog(store.db, athleteId, profile.unit, {
    ...(from === undefined ? {} : { from }),
    latest: MAX_LOG_SESSIONS,
  });
  return recommendNext(profile, log, day);
}
