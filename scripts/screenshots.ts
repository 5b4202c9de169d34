// `npm run screenshots`: every screen at phone size (360×640, full page) into screenshots/ (not
// committed), on a fresh server with a seeded athlete, so a reviewer can look at them.
import { mkdirSync } from "node:fs";
import { PHONE, signIn, startApp } from "../test/web/browser.js";
import { seedHistory } from "../test/web/seed.js";

const OUT = "screenshots";
const SCREENS = ["today", "log", "plan", "progress", "form", "library", "transfer", "athletes", "more"];

mkdirSync(OUT, { recursive: true });
const app = await startApp();
try {
  for (const scheme of ["light", "dark"] as const) {
    const context = await app.browser.newContext({ viewport: PHONE, baseURL: app.url, colorScheme: scheme });
    const page = await context.newPage();
    await signIn(page);
    if (scheme === "light") {
      await page.screenshot({ path: `${OUT}/first-run.png`, fullPage: true });
      await seedHistory(page, "demo");
    } else {
      await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "demo"));
    }
    for (const screen of scheme === "light" ? SCREENS : ["today", "progress"]) {
      await page.goto(`/${screen}`);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300); // charts draw after their data
      const path = `${OUT}/${screen}${scheme === "dark" ? "-dark" : ""}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    }
    await context.close();
  }
} finally {
  await app.close();
}
