import type { Analysis } from "../../contract/analysis.js";
import { attachToSet } from "../../jobs/attach.js";
import { type Args, boolFlag, intFlag, stringFlag } from "../args.js";
import { localDay } from "../inputs.js";
import type { Io } from "../io.js";
import { athleteName, requireStoredAthlete, withStore } from "../store.js";

/** `analyze --attach [--set ID] [--force]`: stores the analysis with the set; returns what it did. */
export async function attachAnalysis(args: Args, io: Io, analysis: Analysis): Promise<string> {
  const setId = intFlag(args, "set", 1, Number.MAX_SAFE_INTEGER);
  const now = io.now();
  return withStore(args, io, async (store) => {
    const athlete = await requireStoredAthlete(store, athleteName(args));
    // The same day `log` files a set under by default.
    const day = stringFlag(args, "date") ?? localDay(now);
    const result = await attachToSet(
      store.db,
      analysis,
      {
        athleteId: athlete.id,
        day,
        force: boolFlag(args, "force"),
        ...(setId === undefined ? {} : { setId }),
      },
      now,
    );
    const lockout =
      result.gates.fullLockout === null
        ? "fullLockout not judged (left as it was)"
        : `fullLockout ${result.gates.fullLockout}`;
    return `attached to set ${result.setId}: ${lockout}, controlled ${result.gates.controlled}`;
  });
}
