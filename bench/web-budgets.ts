// `npm run bench:web`: the web app's budgets, measured, not asserted. Initial JavaScript (gzipped,
// what index.html loads before any screen is opened), first render of Today on localhost in headless
// chromium with 4× CPU throttling (median of runs), and the browser's pose frames per second on the
// shared clip (WebGL where the GPU is real, else WASM), printed with the machine.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import { PHONE, signIn, startApp } from "../test/web/browser.js";
import { seedHistory } from "../test/web/seed.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, Node ${process.version}`);

const html = readFileSync("dist/web/index.html", "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
const bytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/web/${file}`)).length, 0);
console.log(`initial JS: ${(bytes / 1024).toFixed(1)} kB gzipped in ${initial.length} files (budget 150 kB)`);

const app = await startApp();
try {
  const context = await app.context(PHONE);
  const page = await context.newPage();
  await signIn(page);
  await seedHistory(page, "bench");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await page.goto("/today");
    await page.locator(".hero h2").waitFor();
    times.push(Date.now() - start);
  }
  console.log(
    `first render of Today, 4× CPU throttling: median ${median(times)} ms of ${times.join(", ")} (budget 1000 ms)`,
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

  await page.goto("/form");
  await page.getByLabel("Choose a video").setInputFiles("../shared/clips/hip-thrust-bodyweight-side.mp4");
  await page.getByRole("button", { name: "Analyse on this phone" }).click();
  await page.locator(".rep-count").waitFor({ timeout: 300_000 });
  console.log(`browser pose: ${await page.locator("#reps-title + p").innerText()}`);
  await context.close();
} finally {
  await app.close();
}
