// F6: a check-in's `readiness.cleared` survives the store, so `next` can restart after a referral.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAthlete } from "../../src/storage/athletes.js";
import { readLog } from "../../src/storage/read.js";
import { addSession } from "../../src/storage/sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { BACKENDS, type Place } from "./backends.js";

describe.each(BACKENDS)("readiness.cleared on $name", (backend) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await backend.fresh();
    store = await openStore(place.location);
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it("F6: a cleared check-in is stored and read back; an ordinary one has no cleared field", async () => {
    const athlete = await createAthlete(store.db, "ann", "kg");
    await addSession(
      store.db,
      athlete.id,
      { date: "2026-11-02", readiness: { soreness: 2, cleared: true } },
      "kg",
    );
    await addSession(store.db, athlete.id, { date: "2026-11-03", readiness: { soreness: 3 } }, "kg");
    const log = await readLog(store.db, athlete.id, "kg");
    expect(log.sessions.map((s) => s.readiness)).toEqual([{ soreness: 2, cleared: true }, { soreness: 3 }]);
  });
});
