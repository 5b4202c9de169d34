// `npm run screenshots`: every screen at phone size (360×640, full page) into screenshots/ (not
// committed), on a fresh server with a seeded athlete, so a reviewer can look at them.
import { mkdirSync } from "node:fs";
import { ROUTES } from "../src/web/router.js";
import { callApi, PASSWORD, PHONE, signIn, startApp } from "../test/web/browser.js";
import { seedHistory } from "../test/web/seed.js";

const OUT = "screenshots";
const SCREENS = ROUTES.filter((route) => route !== "setup");

mkdirSync(OUT, { recursive: true });
const app = await startApp();
try {
  for (const scheme of ["light", "dark"] as const) {
    const context = await app.browser.newContext({ viewport: PHONE, baseURL: app.url, colorScheme: scheme });
    const page = await context.newPage();
    if (scheme === "light") {
      await page.goto("/");
      await page.locator("main h1").first().waitFor();
      await page.screenshot({ path: `${OUT}/create-owner.png`, fullPage: true });
    }
    await signIn(page);
    if (scheme === "light") {
      await page.screenshot({ path: `${OUT}/first-run.png`, fullPage: true });
      await seedHistory(page, "demo");
      await callApi(page, "POST", "/athletes", { name: "kim" });
      await callApi(page, "POST", "/users", { username: "cora", password: PASSWORD, role: "coach" });
      await callApi(page, "PUT", "/users/cora/athletes", { athletes: ["demo", "kim"] });
      await callApi(page, "POST", "/users", {
        username: "kim",
        password: PASSWORD,
        role: "athlete",
        athlete: "kim",
      });
    } else {
      await page.evaluate(() => localStorage.setItem("hipthrust:athlete", "demo"));
    }
    for (const screen of scheme === "light" ? SCREENS : ["today", "progress", "people"]) {
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
  const context = await app.browser.newContext({ viewport: PHONE, baseURL: app.url });
  const page = await context.newPage();
  await page.goto("/");
  await page.locator("main h1").first().waitFor();
  await page.screenshot({ path: `${OUT}/sign-in.png`, fullPage: true });
  await context.close();
} finally {
  await app.close();
}
