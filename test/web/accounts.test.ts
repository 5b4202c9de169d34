// Accounts in the browser against a real server with helmet's CSP: the owner created on the first
// run, People (a coach and an athlete user, an assignment, the audit log), the coach seeing only
// the assigned athlete, and sets logged offline surviving an ended session and a sign-out.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, callApi, PASSWORD, PHONE, SKIP_REASON, seedAthlete, signIn, startApp } from "./browser.js";
import { BARBELL_PROFILE } from "./seed.js";

/** A page that records every Content-Security-Policy complaint in its console. */
async function watchedPage(context: BrowserContext, csp: string[]): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000); // a step that hangs fails naming its locator, before the test's timeout
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  return page;
}

async function signInAs(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("Name", { exact: true }).fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor({ state: "detached" });
}

async function logSet(page: Page, reps: string, load: string): Promise<void> {
  await page.getByLabel("Reps", { exact: true }).fill(reps);
  await page.getByLabel(/^Load/).fill(load);
  await page.locator(".rpe-grid label", { hasText: /^8$/ }).click();
  await page.getByRole("button", { name: "Log set ✓" }).click();
}

const storedSets = (page: Page, athlete: string) =>
  page.evaluate(async (athlete) => {
    const sessions = await fetch(`/api/athletes/${athlete}/sessions`).then((r) => r.json());
    // biome-ignore lint/suspicious/noExplicitAny: the API's JSON.
    return sessions.flatMap((s: any) => s.exercises.flatMap((e: any) => e.sets)).length as number;
  }, athlete);

// Whole flows across several pages: more than the default 30 s on a shared two-core machine.
describe.skipIf(SKIP_REASON)("web: accounts", { timeout: 90_000 }, () => {
  let app: App;
  let owner: Page;
  const csp: string[] = [];
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("creates the owner on the first run, then adds a coach and an athlete in People", async () => {
    owner = await watchedPage(await app.context(PHONE), csp);
    await owner.goto("/");
    await owner.getByRole("heading", { name: "Create the owner account" }).waitFor();
    await signIn(owner, "olivia");
    await owner.getByRole("heading", { name: "Welcome" }).waitFor(); // the owner's own first run
    await seedAthlete(owner, "olivia", BARBELL_PROFILE);
    await seedAthlete(owner, "bob", BARBELL_PROFILE);
    await owner.goto("/more");
    await owner.getByRole("link", { name: /People/ }).click();
    await owner.getByRole("heading", { name: "People" }).waitFor();

    const add = owner.getByRole("form", { name: "Add a person" });
    await add.getByLabel(/^Coach/).check();
    await add.getByLabel("Name they sign in with").fill("cora");
    await add.getByLabel("Password").fill(PASSWORD);
    await add.getByRole("button", { name: "Add coach" }).click();
    await owner.getByRole("heading", { name: "cora", exact: true }).waitFor();

    await add.getByLabel(/^Athlete/).check();
    await add.getByLabel("Name they sign in with").fill("ana");
    await add.getByLabel("Password").fill(PASSWORD);
    await add.getByRole("button", { name: "Add athlete" }).click();
    await owner.getByRole("heading", { name: "ana", exact: true }).waitFor();

    const cora = owner.getByRole("article", { name: "cora" });
    await cora.getByLabel("ana", { exact: true }).check();
    await cora.getByLabel("bob", { exact: true }).check();
    await cora.getByRole("button", { name: "Save cora's athletes" }).click();
    await cora.getByText("Athletes assigned.").waitFor();

    const users = (await callApi(owner, "GET", "/users")) as { athletes: string[] }[];
    expect(users.map((u) => ({ ...u, athletes: u.athletes.sort() }))).toEqual(
      expect.arrayContaining([
        { username: "olivia", role: "owner", athlete: null, athletes: ["ana", "bob", "olivia"] },
        { username: "cora", role: "coach", athlete: null, athletes: ["ana", "bob"] },
        { username: "ana", role: "athlete", athlete: "ana", athletes: ["ana"] },
      ]),
    );
    await owner.getByRole("button", { name: "Show the audit log" }).click();
    await owner.locator(".audit li", { hasText: "coach-assigned" }).waitFor();
    expect(await owner.locator(".audit li", { hasText: "user-added" }).count()).toBe(2);
    // ana's profile, so that her screens (and her coach's) open on Today.
    await callApi(owner, "PUT", "/athletes/ana/profile", BARBELL_PROFILE);
  });

  it("shows a coach only the athletes assigned to them, in the Athletes list and the picker", async () => {
    const page = await watchedPage(await app.context(PHONE), csp);
    await page.goto("/");
    await signInAs(page, "cora");
    await page.getByRole("heading", { name: "Today" }).waitFor();
    await page.goto("/athletes");
    const list = page.getByRole("list", { name: "Athletes" });
    await list.getByRole("button").first().waitFor();
    const names = await list.getByRole("button").allInnerTexts();
    expect(names.map((n) => n.split(/\s/)[0])).toEqual(["ana", "bob"]);
    // Today's picker offers the same two; the owner's own athlete is not there, even by address.
    await page.goto("/today");
    const picker = page.getByLabel("Athlete shown");
    await picker.waitFor(); // drawn once the athletes are loaded
    expect(await picker.locator("option").allTextContents()).toEqual(["ana", "bob"]);
    await picker.selectOption("bob");
    await page.getByRole("heading", { name: "Today" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("hipthrust:athlete"))).toBe("bob");
    const other = await page.evaluate(() => fetch("/api/athletes/olivia/profile").then((r) => r.status));
    expect(other).toBe(404);
    await page.context().close();
  });

  it("sends sets logged offline after the session ended and after a sign-out, once signed in again", async () => {
    const context = await app.context(PHONE);
    const page = await watchedPage(context, csp);
    await page.goto("/");
    await signInAs(page, "ana");
    await page.goto("/log");
    await page.getByRole("heading", { name: "Log" }).waitFor();

    // Offline in the gym, while the owner sets a new password (which ends ana's sessions).
    await context.setOffline(true);
    await logSet(page, "10", "60");
    await page.getByText("1 change on this phone, not yet on the server").waitFor();
    await callApi(owner, "PATCH", "/users/ana", { password: "a brand new password" });
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByText("Your session ended. Sign in again to carry on.").waitFor();
    await page.getByText("1 change on this phone is not on the server yet").waitFor();
    expect(await storedSets(owner, "ana")).toBe(0);
    await signInAs(page, "ana", "a brand new password");
    await expect.poll(() => storedSets(owner, "ana"), { timeout: 15_000 }).toBe(1);

    // Signing out while a set waits keeps it for the next sign-in.
    await page.goto("/log");
    await page.getByRole("heading", { name: "Log" }).waitFor();
    await context.setOffline(true);
    await logSet(page, "9", "60");
    await page.getByText("1 change on this phone, not yet on the server").waitFor();
    await page.getByRole("link", { name: "More" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await context.setOffline(false);
    await page.getByText("1 change on this phone is not on the server yet").waitFor();
    // The sign-out reaches the server once online: a reload does not sign ana back in.
    await page.reload();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page.evaluate(() => fetch("/api/auth/me").then((r) => r.status))).toBe(401);
    await page.getByText("1 change on this phone is not on the server yet").waitFor();
    expect(await storedSets(owner, "ana")).toBe(1);
    await signInAs(page, "ana", "a brand new password");
    await expect.poll(() => storedSets(owner, "ana"), { timeout: 15_000 }).toBe(2);
    await page.locator(".tabbar .pending").waitFor({ state: "detached" });
    await context.close();
  });

  it("stops sending the outbox at a sign-out made while it was being sent: the rest waits for the next sign-in", async () => {
    const context = await app.context(PHONE);
    const page = await watchedPage(context, csp);
    await page.goto("/");
    await signInAs(page, "ana", "a brand new password");
    await page.goto("/log");
    await page.getByRole("heading", { name: "Log" }).waitFor();
    const before = await storedSets(owner, "ana");
    await context.setOffline(true);
    await logSet(page, "8", "60");
    await logSet(page, "7", "60");
    await page.getByText("2 changes on this phone, not yet on the server").waitFor();

    // Back online, the first set's answer is slow; meanwhile ana signs out, and that sign-out
    // cannot reach the server (so the session is still valid there).
    const posts: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route("**/api/athletes/ana/sets", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts.push(route.request().postData() ?? "");
      if (posts.length === 1) await held;
      await route.continue();
    });
    await context.route("**/api/auth/logout", (route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    await expect.poll(() => posts.length, { timeout: 15_000 }).toBe(1);
    await page.getByRole("link", { name: "More" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    release();
    await expect.poll(() => storedSets(owner, "ana"), { timeout: 15_000 }).toBe(before + 1);
    await page.getByText("1 change on this phone is not on the server yet").waitFor();
    await page.waitForTimeout(1_500); // time for a second send, were the flush to go on
    expect(posts).toHaveLength(1);
    expect(await storedSets(owner, "ana")).toBe(before + 1);

    // Signed in again (the sign-out goes first now), the waiting set goes.
    await context.unroute("**/api/auth/logout");
    await signInAs(page, "ana", "a brand new password");
    await expect.poll(() => storedSets(owner, "ana"), { timeout: 15_000 }).toBe(before + 2);
    await context.close();
  });

  it("lets a user change their password and create, copy and revoke an API token", async () => {
    await owner.goto("/account");
    const tokens = owner.getByRole("region", { name: "API tokens" });
    await tokens.getByLabel("Token name").fill("spreadsheet");
    await tokens.getByRole("button", { name: "Create a token" }).click();
    const token = await tokens.getByLabel("New token").inputValue();
    expect(token).toMatch(/^ht_[A-Za-z0-9_-]{43}$/);
    const asToken = await owner.evaluate(
      (token) =>
        fetch("/api/auth/me", { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json()),
      token,
    );
    expect(asToken.user.username).toBe("olivia");
    await tokens.getByRole("button", { name: "Revoke spreadsheet" }).waitFor();
    owner.once("dialog", (dialog) => void dialog.accept());
    await tokens.getByRole("button", { name: "Revoke spreadsheet" }).click();
    await tokens.getByText("No tokens.").waitFor();
    const revoked = await owner.evaluate(
      (token) =>
        fetch("/api/auth/me", { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status),
      token,
    );
    expect(revoked).toBe(401);

    const password = owner.getByRole("form", { name: "Change password" });
    await password.getByLabel("Current password").fill("wrong password!");
    await password.getByLabel("New password").fill("another good password");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("The current password is wrong.").waitFor();
    await password.getByLabel("Current password").fill(PASSWORD);
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("Password changed.").waitFor();

    await owner.getByRole("button", { name: "Sign out everywhere" }).click();
    await owner.getByRole("heading", { name: "Sign in" }).waitFor();
    await signInAs(owner, "olivia", "another good password");
    await owner.getByRole("heading", { name: "Account" }).waitFor();
    expect(csp).toEqual([]);
  });
});
