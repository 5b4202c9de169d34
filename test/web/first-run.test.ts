// The first run on a phone: sign-in (owner), the guided profile, decide's verdict, the plan, then
// Today with its drawn barbell; and the same Today on a desktop.
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

describe.skipIf(SKIP_REASON)("web: first run and Today", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("walks a new user from the owner account to a verdict, the plan and today's barbell (phone)", async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole("heading", { name: "Welcome" }).waitFor();
    await page.getByLabel("Your name (or the athlete's)").fill("ana");
    await page.getByLabel(/Bodyweight/).fill("62");
    await page.getByLabel("Experience with the hip thrust").selectOption("intermediate");
    await page.getByLabel("A stronger hip thrust").check();
    await page.getByRole("button", { name: "Next" }).click();
    // Equipment: barbell, plates and bench are ticked by default; the bar and plates can be told.
    await page.getByLabel("Bar weight (kg)").fill("20");
    await page.getByLabel("dumbbells").check();
    await page.getByLabel("Heaviest dumbbell (kg)").fill("30");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("squat").check();
    await page.getByRole("button", { name: "See my verdict" }).click();

    await page.getByRole("heading", { name: "Your verdict" }).waitFor();
    await expect(page.locator("#verdict").textContent()).resolves.toMatch(/hip thrust/i);
    await page.getByRole("region", { name: /Week 1/ }).waitFor();
    const stored = await page.evaluate(() => fetch("/api/athletes/ana/profile").then((r) => r.json()));
    expect(stored).toMatchObject({
      goal: "strength",
      experience: "intermediate",
      bodyweight: 62,
      dumbbellMax: 30,
    });
    expect(stored.otherTraining).toEqual(["squat"]);

    await page.getByRole("button", { name: "Start: see today" }).click();
    await page.getByRole("heading", { name: "Today" }).waitFor();
    await page.locator(".hero h2").waitFor();
    const next = await page.evaluate(() => fetch("/api/athletes/ana/next").then((r) => r.json()));
    const hero = await page.locator(".hero").innerText();
    if (next.train) {
      expect(hero).toContain(`${next.sets} ×`);
      if (next.plates) {
        const label = await page
          .getByRole("img", { name: /Per side|The bar alone/ })
          .getAttribute("aria-label");
        expect(label).toContain(`${next.plates.total} kg in all`);
      }
    } else {
      expect(hero).toContain("Rest day");
    }
    await context.close();
  });

  it("shows Today's dose, load and the plates per side on a desktop", async () => {
    const context = await app.context(DESKTOP);
    const page = await context.newPage();
    await signIn(page);
    await seedAthlete(page, "ben", {
      unit: "kg",
      experience: "intermediate",
      goal: "hypertrophy",
      daysPerWeek: 3,
      equipment: ["barbell", "plates", "bench"],
      plates: [20, 10, 5, 2.5, 1.25],
      barWeight: 20,
    });
    // A logged session gives next a load to work from.
    const set = { load: 80, reps: 10, rpe: 8, fullLockout: true, controlled: true };
    await callApi(page, "POST", "/athletes/ben/sessions", {
      date: daysAgo(3),
      exercises: [{ exercise: "barbell-hip-thrust", sets: [set, set, set] }],
    });
    await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "ben"));
    await page.goto("/today");
    await page.locator(".hero h2").waitFor();
    const next = await page.evaluate(() => fetch("/api/athletes/ben/next").then((r) => r.json()));
    expect(next.train).toBe(true);
    expect(await page.locator(".hero h2").innerText()).toBe("Barbell hip thrust");
    expect(await page.locator(".load strong").innerText()).toBe(`${next.load} kg`);
    const label = await page.getByRole("img", { name: /Per side/ }).getAttribute("aria-label");
    expect(label).toBe(
      `Per side: ${next.plates.perSide.join(" + ")} kg on a 20 kg bar, ${next.load} kg in all`,
    );
    // Reasons are folded under "Why" and open on a click.
    await page.getByText("Why", { exact: true }).click();
    expect(await page.locator(".reasons li").count()).toBe(next.reasons.length);
    await context.close();
  });
});
