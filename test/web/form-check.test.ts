// The form check in the browser on a real recording: the pose model from our server, the analysis
// on the page, nothing uploaded; the rep count is the one the Node pipeline (the CLI's modules)
// finds in the same clip, and within one of the six counted by eye.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadedBarClip } from "../video/loaded-clip.js";
import { type App, PHONE, SKIP_REASON, seedAthlete, signIn, startApp } from "./browser.js";
import { nodeRepCount } from "./node-pose.js";
import { BARBELL_PROFILE } from "./seed.js";

const CLIP = fileURLToPath(new URL("../../../shared/clips/hip-thrust-bodyweight-side.mp4", import.meta.url));
const NO_CLIP = existsSync(CLIP) ? null : `no shared clip at ${CLIP}`;

describe.skipIf(SKIP_REASON ?? NO_CLIP)("web: form check in the browser", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("counts the reps of the shared hip-thrust clip as the Node pipeline does, uploading nothing", {
    timeout: 240_000,
  }, async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await seedAthlete(page, "vid", BARBELL_PROFILE);
    await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "vid"));
    const uploads: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET") uploads.push(`${r.method()} ${r.url()}`);
    });
    await page.goto("/form");
    await page.getByText("Your video never leaves this phone.").waitFor();
    await page.getByLabel("Choose a video").setInputFiles(CLIP);
    await page.getByRole("button", { name: "Analyse on this phone" }).click();
    await page.locator(".rep-count").waitFor({ timeout: 220_000 });
    const count = Number(await page.locator(".rep-count").innerText());
    expect(count).toBe(await nodeRepCount(CLIP, 640, 656, 15));
    expect(Math.abs(count - 6)).toBeLessThanOrEqual(1);
    expect(await page.locator("table.table tbody tr").count()).toBe(count);
    expect(await page.locator(".frame canvas").count()).toBe(count);
    expect(uploads).toEqual([]);
    await context.close();
  });
  it("a loaded bar: finds the plate over the hip and shows the lockout as not judged, not failed", {
    timeout: 300_000,
  }, async () => {
    const loaded = await loadedBarClip(CLIP, mkdtempSync(join(tmpdir(), "hipthrust-web-plate-")));
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await seedAthlete(page, "bar", BARBELL_PROFILE);
    await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "bar"));
    await page.goto("/form");
    await page.getByLabel("Choose a video").setInputFiles(loaded);
    await page.getByRole("button", { name: "Analyse on this phone" }).click();
    await page.locator(".rep-count").waitFor({ timeout: 280_000 });
    const notJudged = page.getByRole("region", { name: "Not judged from this video" });
    await expect
      .poll(() => notJudged.innerText())
      .toMatch(/A weight plate hid the hip in \d+ of the \d+ frames/);
    const rows = page.locator("table.table tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: "hidden" }).count()).toBe(await rows.count());
    expect(await page.locator("table.table").innerText()).not.toMatch(/incomplete-lockout/);
    await context.close();
  });
});
