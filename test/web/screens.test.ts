// Every screen's main job at a phone and a desktop size, with axe-core finding no serious or
// critical violation, targets of 44 px or more, and no Content-Security-Policy complaint.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, DESKTOP, PHONE, SKIP_REASON, seedAthlete, signIn, startApp } from "./browser.js";
import { BARBELL_PROFILE, seedHistory } from "./seed.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's serious and critical findings on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(`${AXE}\n;0`);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Controls a thumb has to hit that are smaller than 44 px high or wide. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector =
      "button, select, input:not([type=checkbox]):not([type=radio]):not([type=file]), .tabbar a, .links a, .choice, .toggle, summary";
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown
      if (box.height < 44 || box.width < 44)
        out.push(
          `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return out;
  });
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`/${route}`);
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
}

const STRONG = [
  "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
  "2024-03-04 18:30:00;Glutes A;Hip Thrust (Barbell);1;80;kg;10;8;0;km;0;;;1h",
  "2024-03-04 18:30:00;Glutes A;Hip Thrust (Barbell);2;80;kg;9;8,5;0;km;0;;;1h",
  "2024-03-04 18:30:00;Glutes A;Cable Kickback;1;12,5;kg;15;;0;km;0;;;1h",
  "2024-03-07 18:00:00;Glutes B;Glute Bridge;1;0;kg;20;;0;km;0;;;45m",
].join("\n");

describe.skipIf(SKIP_REASON)("web: every screen", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    const context = await app.context(DESKTOP);
    const page = await context.newPage();
    await signIn(page);
    await seedHistory(page, "demo");
    await seedAthlete(page, "kim", { ...BARBELL_PROFILE, goal: "strength" });
    await context.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [size, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    it(`does each screen's job, accessibly, on a ${size}`, async () => {
      const context = await app.context(viewport);
      const page = await context.newPage();
      const csp: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
      });
      await signIn(page);
      await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "demo"));
      const problems: string[] = [];
      const check = async (screen: string) => {
        problems.push(...(await axeProblems(page)).map((p) => `${screen}: ${p}`));
        if (size === "phone") {
          problems.push(...(await smallTargets(page)).map((p) => `${screen}: small target ${p}`));
          // Nothing may widen the page past the phone's screen (it would slide sideways under a thumb).
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          if (wide > viewport.width) problems.push(`${screen}: the page is ${wide} px wide`);
        }
      };

      await open(page, "today");
      await page.locator(".hero h2").waitFor();
      await check("today");

      await open(page, "log");
      await page.getByRole("button", { name: /Last time/ }).waitFor();
      await check("log");

      await open(page, "plan");
      // Today is marked, and the lighter week stands out.
      expect(await page.locator('[aria-current="date"]').count()).toBe(1);
      await page.getByRole("region", { name: /lighter week/ }).waitFor();
      await check("plan");

      await open(page, "progress");
      await page.getByRole("heading", { name: "Personal records" }).waitFor();
      expect(await page.locator("figure.chart canvas").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator("table.table").innerText()).toMatch(/Barbell hip thrust\s+10 × 85 kg/);
      expect(await page.locator(".history > li").count()).toBe(12);
      await check("progress");

      await open(page, "library");
      await page.getByRole("heading", { name: "Barbell hip thrust" }).waitFor();
      await check("library exercises");
      await page.getByRole("tab", { name: "Evidence" }).click();
      await page
        .getByText(/^Limits:/)
        .first()
        .waitFor();
      await check("library evidence");
      await page.getByRole("tab", { name: "Rules" }).click();
      await page.getByRole("heading", { name: /G1 Strength dose/ }).waitFor();
      await check("library rules");

      await open(page, "transfer");
      await check("transfer");
      await open(page, "form");
      await page.getByText("Your video never leaves this phone.").waitFor();
      await check("form check");
      await open(page, "more");
      await check("more");
      await open(page, "account");
      await page.getByRole("region", { name: "API tokens" }).waitFor();
      await check("account");
      await open(page, "people");
      await page.getByRole("heading", { name: "Who can sign in" }).waitFor();
      await page.getByRole("button", { name: "Show the audit log" }).click();
      await page.locator(".audit li").first().waitFor();
      await check("people");

      await open(page, "athletes");
      await check("athletes");
      await page.getByRole("button", { name: /kim/ }).click();
      await page.getByRole("heading", { name: "Today" }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem("hipthrust:athlete"))).toBe("kim");

      expect(problems).toEqual([]);
      expect(csp).toEqual([]);
      await context.close();
    }, 120_000); // a dozen screens, each checked by axe: slow on a shared machine
  }

  it("previews a Strong export, stores nothing until confirmed, then imports it once", async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await signIn(page);
    // The app saves its first athlete once its list arrives: choose kim only after that.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "kim"));
    await open(page, "transfer");
    await page
      .getByLabel("Export file")
      .setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer: Buffer.from(STRONG) });
    const preview = page.locator(".preview");
    await preview
      .getByText(/Strong CSV: 2 sessions, 4 sets from 2024-03-04 to 2024-03-07; loads in kg/)
      .waitFor();
    expect(await preview.innerText()).toContain("Recognised: Barbell hip thrust (2), Glute bridge (1)");
    expect(await preview.innerText()).toContain(
      "under their own names (no rule reads them): Cable Kickback (1)",
    );
    const count = () =>
      page.evaluate(() =>
        fetch("/api/athletes/kim/sessions")
          .then((r) => r.json())
          .then((s) => s.length),
      );
    expect(await count()).toBe(0);

    await page.getByRole("button", { name: "Import 2 sessions" }).click();
    await page.getByText("Imported: 2 sessions added, 0 already stored.").waitFor();
    expect(await count()).toBe(2);
    // The same file again adds nothing.
    await page
      .getByLabel("Export file")
      .setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer: Buffer.from(STRONG) });
    await page.getByRole("button", { name: "Import 2 sessions" }).click();
    await page.getByText("Imported: 0 sessions added, 2 already stored.").waitFor();
    expect(await count()).toBe(2);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await (await download).path();
    expect(readFileSync(file, "utf8")).toMatch(/barbell-hip-thrust/);
    await context.close();
  });
});
