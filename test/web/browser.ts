// The web app's end-to-end harness: a real `hipthrust serve` on a fresh data directory and
// Debian's chromium driven by playwright-core (one browser per test file, contexts per test).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** Why the browser suites are skipped, or null when they run. */
export const SKIP_REASON = existsSync(CHROMIUM) ? null : `no chromium at ${CHROMIUM}: web e2e tests skipped`;
if (SKIP_REASON) console.warn(SKIP_REASON);

const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));
const SHELL = fileURLToPath(new URL("../../dist/web/index.html", import.meta.url));

export const PHONE = { width: 360, height: 640 };
export const DESKTOP = { width: 1280, height: 800 };

export interface App {
  url: string;
  browser: Browser;
  server: ChildProcess;
  /** A fresh context (own cookies, storage and service workers) at a viewport. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  if (!existsSync(SHELL)) throw new Error("dist/web is missing: `npm test` builds it (vite build) first");
  const data = mkdtempSync(join(tmpdir(), "hipthrust-web-"));
  const server = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data", data], {
    env: { ...process.env, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  server.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /serving on (http:\/\/\S+:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.on("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    url,
    browser,
    server,
    context: (viewport = PHONE) =>
      browser.newContext({ viewport, baseURL: url, hasTouch: viewport.width < 600 }),
    async close() {
      await browser.close();
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = "correct horse battery staple";

/**
 * Opens the app and gets past sign-in: creates the owner on a fresh server, signs in otherwise;
 * on a server without accounts there is nothing to do.
 */
export async function signIn(page: Page, username = "owner"): Promise<void> {
  await page.goto("/");
  const form = page.getByRole("button", { name: /Create and sign in|^Sign in$/ });
  const ready = page.locator("main h1");
  await ready.first().waitFor();
  if (await form.isVisible()) {
    await page.getByLabel("Name", { exact: true }).fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    await form.click();
    await page.getByRole("button", { name: /Create and sign in|^Sign in$/ }).waitFor({ state: "detached" });
  }
}

/** Creates an athlete with a barbell profile through the API as the signed-in page (cookie + CSRF). */
export async function seedAthlete(page: Page, name: string, profile: object): Promise<void> {
  await page.evaluate(
    async ({ name, profile }) => {
      const me = await fetch("/api/auth/me").then((r) => (r.ok ? r.json() : { csrfToken: "" }));
      const headers = { "content-type": "application/json", "x-csrf-token": me.csrfToken ?? "" };
      await fetch("/api/athletes", { method: "POST", headers, body: JSON.stringify({ name, unit: "kg" }) });
      const put = await fetch(`/api/athletes/${name}/profile`, {
        method: "PUT",
        headers,
        body: JSON.stringify(profile),
      });
      if (!put.ok) throw new Error(`profile: ${put.status} ${await put.text()}`);
    },
    { name, profile },
  );
}

/** Calls the API as the signed-in page does (its cookie and CSRF token); answers the JSON. */
export async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await fetch("/api/auth/me").then((r) => (r.ok ? r.json() : { csrfToken: "" }));
      const res = await fetch(`/api${path}`, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken ?? "" },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, path, body },
  );
}

export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
