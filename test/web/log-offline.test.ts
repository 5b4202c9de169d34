// Logging in the gym: ghost values from last time accepted with one tap, RPE, gates, edit and
// delete; and a whole session logged offline, the tab reloaded, then synced with no loss and no
// duplicate.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  callApi,
  DESKTOP,
  daysAgo,
  PHONE,
  SKIP_REASON,
  seedAthlete,
  signIn,
  startApp,
} from "./browser.js";

const PROFILE = {
  unit: "kg",
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
};

async function storedSets(
  page: Page,
  athlete: string,
): Promise<{ load: number; reps: number; rpe?: number }[]> {
  return page.evaluate(async (athlete) => {
    const sessions = await fetch(`/api/athletes/${athlete}/sessions`).then((r) => r.json());
    // biome-ignore lint/suspicious/noExplicitAny: the API's JSON.
    return sessions.flatMap((s: any) => s.exercises.flatMap((e: any) => e.sets));
  }, athlete);
}

async function logSet(page: Page, reps: string, load: string, rpe: string): Promise<void> {
  await page.getByLabel("Reps", { exact: true }).fill(reps);
  await page.getByLabel(/^Load/).fill(load);
  await page.locator(".rpe-grid label", { hasText: new RegExp(`^${rpe}$`) }).click();
  await page.getByRole("button", { name: "Log set ✓" }).click();
}

/** A new athlete's log screen, signed in. */
async function openLog(context: BrowserContext, athlete: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page);
  await seedAthlete(page, athlete, PROFILE);
  await page.evaluate((name) => localStorage.setItem("hipthrust:athlete", name), athlete);
  await page.goto("/log");
  await page.getByRole("heading", { name: "Log" }).waitFor();
  return page;
}

describe.skipIf(SKIP_REASON)("web: log a session", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  // A long flow with a 15 s wait of its own: on a loaded machine it has outrun 30 s.
  it("logs a whole session offline, keeps it over a reload, and syncs it once back online (phone)", {
    timeout: 60_000,
  }, async () => {
    const context = await app.context(PHONE);
    const page = await openLog(context, "olga");
    // The app shell must be cached before the signal goes.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole("heading", { name: "Log" }).waitFor();

    await context.setOffline(true);
    await logSet(page, "10", "60", "7");
    await page.getByText(/Rest \d:\d\d/).waitFor(); // the rest timer starts when a set is ticked
    await logSet(page, "10", "60", "8");
    await logSet(page, "9", "60", "9");
    await page.getByText("3 changes on this phone, not yet on the server").waitFor();
    expect(await page.locator(".set.pending").count()).toBe(3);

    await page.reload(); // still offline: the service worker serves the shell, IndexedDB the sets
    await page.getByRole("heading", { name: "Log" }).waitFor();
    await page.getByText("3 changes on this phone, not yet on the server").waitFor();
    expect(await page.locator(".set").count()).toBe(3);

    await context.setOffline(false);
    await page.locator(".tabbar .pending").waitFor({ state: "detached", timeout: 15_000 });
    const sets = await storedSets(page, "olga");
    expect(sets.map((s) => [s.reps, s.load, s.rpe])).toEqual([
      [10, 60, 7],
      [10, 60, 8],
      [9, 60, 9],
    ]);
    // After the sync the rows are the server's, not pending copies.
    await page.locator(".set:not(.pending)").nth(2).waitFor();
    expect(await page.locator(".set").count()).toBe(3);
    await context.close();
  });

  it("keeps what is typed for the next set while the phone is still saving the last one (slow storage)", async () => {
    const context = await app.context(PHONE);
    // A slow phone: every write to IndexedDB takes 0.7 s to commit.
    await context.addInitScript(() => {
      const handler = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, "oncomplete");
      if (!handler?.get || !handler.set) return;
      const { get, set } = handler;
      Object.defineProperty(IDBTransaction.prototype, "oncomplete", {
        configurable: true,
        get() {
          return get.call(this);
        },
        set(listener: ((event: Event) => void) | null) {
          const slow =
            listener && this.mode === "readwrite"
              ? (event: Event) => setTimeout(() => listener.call(this, event), 700)
              : listener;
          set.call(this, slow);
        },
      });
    });
    const page = await openLog(context, "nina");
    await logSet(page, "10", "60", "7");
    await page.getByLabel("Reps", { exact: true }).fill("8"); // set 1 is still being written
    await page.getByLabel(/^Load/).fill("62.5");
    await page.locator(".set").first().waitFor(); // set 1 is saved now
    expect(await page.getByLabel("Reps", { exact: true }).inputValue()).toBe("8");
    expect(await page.getByLabel(/^Load/).inputValue()).toBe("62.5");

    await page.locator(".rpe-grid label", { hasText: /^8$/ }).click();
    await page.getByRole("button", { name: "Log set ✓" }).click();
    await expect
      .poll(() => storedSets(page, "nina").then((sets) => sets.map((s) => [s.reps, s.load, s.rpe])))
      .toEqual([
        [10, 60, 7],
        [8, 62.5, 8],
      ]);
    await context.close();
  });

  it("sends a set again after its answer was lost, and the server stores it once (same client id)", async () => {
    const context = await app.context(PHONE);
    const page = await openLog(context, "lena");

    // The first POST reaches the server and is stored, but its answer never reaches the phone.
    const keys: string[] = [];
    await page.route("**/api/athletes/lena/sets", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      await route.fetch();
      await route.abort("connectionreset");
    });
    await logSet(page, "8", "70", "8");
    await expect.poll(() => keys.length).toBe(1);
    await page.getByText("1 change on this phone, not yet on the server").waitFor();
    expect(await storedSets(page, "lena")).toHaveLength(1);

    // The connection is back: the outbox sends the same change with the same key.
    await page.unroute("**/api/athletes/lena/sets");
    await page.route("**/api/athletes/lena/sets", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      await route.continue();
    });
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.locator(".tabbar .pending").waitFor({ state: "detached", timeout: 15_000 });
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe("");
    expect(keys[1]).toBe(keys[0]);
    const sets = await storedSets(page, "lena");
    expect(sets.map((s) => [s.reps, s.load, s.rpe])).toEqual([[8, 70, 8]]);
    expect(await page.locator(".set").count()).toBe(1);
    await context.close();
  });

  it("offers last time's set as a ghost, logs it with one tap, then edits and deletes sets (desktop)", async () => {
    const context = await app.context(DESKTOP);
    const page = await context.newPage();
    await signIn(page);
    await seedAthlete(page, "max", PROFILE);
    const set = { load: 70, reps: 8, rpe: 8, fullLockout: true, controlled: true };
    await callApi(page, "POST", "/athletes/max/sessions", {
      date: daysAgo(4),
      exercises: [{ exercise: "barbell-hip-thrust", sets: [set, set] }],
    });
    await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "max"));
    await page.goto("/log");
    const ghost = page.getByRole("button", { name: /Last time .*set 1: 8 × 70 kg @ RPE 8/ });
    await ghost.click();
    await page.getByRole("button", { name: /Last time .*set 2:/ }).waitFor();
    await expect.poll(() => storedSets(page, "max").then((s) => s.length)).toBe(3);

    await logSet(page, "6", "72.5", "9.5");
    await expect.poll(() => storedSets(page, "max").then((s) => s.length)).toBe(4);
    await page.locator(".set:not(.pending)").nth(1).waitFor();

    await page.getByRole("button", { name: "Edit set 2" }).click();
    await page.getByLabel("Reps", { exact: true }).fill("7");
    await page.getByLabel("Full lockout on every rep").uncheck();
    await page.getByRole("button", { name: "Save the set" }).click();
    await expect
      .poll(() => storedSets(page, "max").then((s) => s.find((x) => x.load === 72.5)))
      .toMatchObject({ reps: 7, fullLockout: false });

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete set 1" }).click();
    await expect.poll(() => storedSets(page, "max").then((s) => s.length)).toBe(3);
    await context.close();
  });
});
