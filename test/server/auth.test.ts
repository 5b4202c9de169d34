// Issue 10 over real HTTP against a real `hipthrust serve` process, on every backend: first run,
// sign-in, cookie and CSRF, API tokens, sign-out and revocation, expiry, rate limits, users and
// roles, the audit log, security headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../src/auth/tokens.js";
import { openStore } from "../../src/storage/store.js";
import { BACKENDS, type Place } from "../storage/backends.js";
import { PASSWORD } from "./harness.js";
import { Browser, type ServerProcess, send, startServer } from "./processes.js";

const SIGN_IN_FIRST = { error: "sign in first", issues: [] };
const BAD_CSRF = { error: "CSRF token missing or wrong", issues: [] };

describe.each(BACKENDS)("accounts over HTTP on $name", (backend) => {
  let place: Place;
  let server: ServerProcess;
  let url: string;
  // Each browser signs in from an address of its own, so that the per-address limit is the rate test's.
  let browsers = 0;
  const owner = () => new Browser(url, { "x-forwarded-for": `10.0.0.${++browsers}` });
  let ownerBrowser: Browser;

  beforeAll(async () => {
    place = await backend.fresh();
    // --trust-proxy: each test gives its requests an address of its own (X-Forwarded-For).
    server = await startServer(place, { owner: false, flags: ["--trust-proxy"] });
    url = server.url;
  });
  afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
    await place.dispose();
  });

  /** Runs SQL-free edits on the store the server uses, as another process would. */
  async function withStore<T>(
    work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
  ): Promise<T> {
    const store = await openStore(place.location);
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  }

  it("first run: setup creates the owner and signs them in, once", async () => {
    expect((await send(`${url}/api/auth/status`)).body).toEqual({ needsSetup: true, user: null });
    expect((await send(`${url}/api/athletes`)).body).toEqual(SIGN_IN_FIRST);
    const weak = await owner().signIn("Olga", "short", true);
    expect(weak.status).toBe(400);
    expect(weak.body.issues).toContainEqual({ field: "password", problem: "must be at least 8 characters" });

    ownerBrowser = owner();
    const setup = await ownerBrowser.signIn("Olga", PASSWORD, true);
    expect(setup.status).toBe(201);
    expect(setup.body.user).toEqual({ username: "Olga", role: "owner", athlete: null, athletes: [] });
    expect(setup.body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = setup.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^hipthrust_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP

    const again = await owner().signIn("Mallory", PASSWORD, true);
    expect(again.status).toBe(409);
    const status = await ownerBrowser.call("GET", "/api/auth/status");
    expect(status.body).toEqual({ needsSetup: false, user: setup.body.user });
  });

  it("cookie sessions: writes need the CSRF token, and a refused write stores nothing", async () => {
    const me = await ownerBrowser.call("GET", "/api/auth/me");
    expect(me.body).toEqual({
      user: expect.objectContaining({ username: "Olga" }),
      csrfToken: ownerBrowser.csrf,
    });
    const without = await ownerBrowser.call("POST", "/api/athletes", { name: "ann" }, { csrf: false });
    expect(without).toMatchObject({ status: 403, body: BAD_CSRF });
    const wrong = await send(`${url}/api/athletes`, {
      method: "POST",
      body: { name: "ann" },
      headers: { cookie: ownerBrowser.cookie, "x-csrf-token": "x".repeat(43) },
    });
    expect(wrong).toMatchObject({ status: 403, body: BAD_CSRF });
    expect((await ownerBrowser.call("GET", "/api/athletes")).body).toEqual([]);
    expect((await ownerBrowser.call("POST", "/api/athletes", { name: "ann" })).status).toBe(201);
    expect((await ownerBrowser.call("POST", "/api/athletes", { name: "bob" })).status).toBe(201);
    // Reads need no CSRF token; a made-up cookie is nobody.
    expect(
      (await ownerBrowser.call("GET", "/api/athletes")).body.map((a: { name: string }) => a.name),
    ).toEqual(["ann", "bob"]);
    const forged = await send(`${url}/api/athletes`, { headers: { cookie: "hipthrust_session=forged" } });
    expect(forged).toMatchObject({ status: 401, body: SIGN_IN_FIRST });
  });

  it("sign-in: one answer for a wrong name or password; names match without regard to case", async () => {
    const headers = { "x-forwarded-for": "198.51.100.1" };
    for (const [username, password] of [
      ["Olga", "wrong password"],
      ["nobody", PASSWORD],
    ]) {
      const res = await send(`${url}/api/auth/login`, {
        method: "POST",
        body: { username, password },
        headers,
      });
      expect(res).toMatchObject({ status: 401, body: { error: "name or password is wrong" } });
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    const browser = owner();
    const res = await browser.signIn("OLGA", PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe("Olga");
    expect((await browser.call("GET", "/api/auth/me")).status).toBe(200);
  });

  it("marks the cookie Secure when an HTTPS proxy (trusted) says so", async () => {
    const res = await send(`${url}/api/auth/login`, {
      method: "POST",
      body: { username: "Olga", password: PASSWORD },
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.2" },
    });
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("API tokens: shown once, work without CSRF, keep their last use, and stop when revoked", async () => {
    const created = await ownerBrowser.call("POST", "/api/auth/tokens", { name: "backup script" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ht_[\w-]{43}$/);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const write = await send(`${url}/api/athletes/ann/profile`, {
      method: "PUT",
      headers: bearer,
      body: {
        unit: "kg",
        bodyweight: 60,
        experience: "novice",
        goal: "strength",
        daysPerWeek: 2,
        equipment: ["barbell", "plates", "bench"],
      },
    });
    expect(write.status).toBe(200);
    const me = await send(`${url}/api/auth/me`, { headers: bearer });
    expect(me.body).toEqual({ user: expect.objectContaining({ username: "Olga" }), csrfToken: null });
    const listed = await ownerBrowser.call("GET", "/api/auth/tokens");
    expect(listed.body).toEqual([
      {
        id: created.body.id,
        name: "backup script",
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect((await ownerBrowser.call("DELETE", `/api/auth/tokens/${created.body.id}`)).status).toBe(204);
    expect(await send(`${url}/api/athletes`, { headers: bearer })).toMatchObject({
      status: 401,
      body: SIGN_IN_FIRST,
    });
    expect((await ownerBrowser.call("DELETE", `/api/auth/tokens/${created.body.id}`)).status).toBe(404);
  });

  it("sign out ends the session; sign out everywhere ends them all; a password change ends the others", async () => {
    const phone = owner();
    await phone.signIn("Olga", PASSWORD);
    const laptop = owner();
    await laptop.signIn("Olga", PASSWORD);

    const out = await phone.call("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^hipthrust_session=;/);
    expect((await phone.call("GET", "/api/auth/me")).status).toBe(401);
    expect((await laptop.call("GET", "/api/auth/me")).status).toBe(200);

    await phone.signIn("Olga", PASSWORD);
    expect((await laptop.call("POST", "/api/auth/logout-all")).status).toBe(204);
    expect((await phone.call("GET", "/api/auth/me")).status).toBe(401);
    expect((await laptop.call("GET", "/api/auth/me")).status).toBe(401);

    await phone.signIn("Olga", PASSWORD);
    await laptop.signIn("Olga", PASSWORD);
    const NEW = "a new and longer passphrase";
    const wrong = await laptop.call("PUT", "/api/auth/password", { current: "not it at all", password: NEW });
    expect(wrong.status).toBe(403);
    expect(
      (await laptop.call("PUT", "/api/auth/password", { current: PASSWORD, password: NEW })).status,
    ).toBe(204);
    expect((await laptop.call("GET", "/api/auth/me")).status).toBe(200);
    expect((await phone.call("GET", "/api/auth/me")).status).toBe(401);
    expect((await owner().signIn("Olga", PASSWORD)).status).toBe(401);
    expect((await owner().signIn("Olga", NEW)).status).toBe(200);
    expect(
      (await laptop.call("PUT", "/api/auth/password", { current: NEW, password: PASSWORD })).status,
    ).toBe(204);
    ownerBrowser = laptop;
  });

  it("an expired session is refused; using one pushes its expiry 30 days out", async () => {
    const browser = owner();
    await browser.signIn("Olga", PASSWORD);
    const idHash = sha256(browser.cookie.slice("hipthrust_session=".length));
    const past = new Date(Date.now() - 120_000).toISOString();
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    await withStore((s) =>
      s.db
        .updateTable("auth_sessions")
        .set({ last_used_at: past, expires_at: soon })
        .where("id_hash", "=", idHash)
        .execute(),
    );
    expect((await browser.call("GET", "/api/auth/me")).status).toBe(200);
    const row = await withStore((s) =>
      s.db
        .selectFrom("auth_sessions")
        .select("expires_at")
        .where("id_hash", "=", idHash)
        .executeTakeFirstOrThrow(),
    );
    expect(Date.parse(row.expires_at) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    await withStore((s) =>
      s.db.updateTable("auth_sessions").set({ expires_at: past }).where("id_hash", "=", idHash).execute(),
    );
    expect(await browser.call("GET", "/api/auth/me")).toMatchObject({ status: 401, body: SIGN_IN_FIRST });
  });

  it("owner adds users; a coach and an athlete see and add only their own athletes", async () => {
    const add = (body: object) => ownerBrowser.call("POST", "/api/users", body);
    const coachUser = await add({ username: "Cora", password: PASSWORD, role: "coach" });
    expect(coachUser).toMatchObject({ status: 201, body: { username: "Cora", role: "coach", athletes: [] } });
    expect((await add({ username: "cora", password: PASSWORD, role: "athlete" })).status).toBe(409);
    const annUser = await add({ username: "Ann", password: PASSWORD, role: "athlete", athlete: "ann" });
    expect(annUser.body).toEqual({ username: "Ann", role: "athlete", athlete: "ann", athletes: ["ann"] });
    const assigned = await ownerBrowser.call("PUT", "/api/users/Cora/athletes", { athletes: ["bob"] });
    expect(assigned.body.athletes).toEqual(["bob"]);

    const coach = owner();
    await coach.signIn("Cora", PASSWORD);
    expect((await coach.call("GET", "/api/athletes")).body.map((a: { name: string }) => a.name)).toEqual([
      "bob",
    ]);
    expect((await coach.call("GET", "/api/athletes/ann")).status).toBe(404);
    expect((await coach.call("POST", "/api/athletes", { name: "cid" })).status).toBe(201);
    expect((await coach.call("GET", "/api/auth/me")).body.user.athletes).toEqual(["bob", "cid"]);
    expect(await coach.call("GET", "/api/users")).toMatchObject({ status: 403 });

    const ann = owner();
    await ann.signIn("ann", PASSWORD);
    expect((await ann.call("GET", "/api/athletes")).body.map((a: { name: string }) => a.name)).toEqual([
      "ann",
    ]);
    expect((await ann.call("POST", "/api/athletes", { name: "ann2" })).status).toBe(403);
    const dee = await add({ username: "Dee", password: PASSWORD, role: "athlete" });
    expect(dee.body.athlete).toBeNull();
    const deeBrowser = owner();
    await deeBrowser.signIn("Dee", PASSWORD);
    expect((await deeBrowser.call("POST", "/api/athletes", { name: "dee" })).status).toBe(201);
    expect((await deeBrowser.call("GET", "/api/auth/me")).body.user).toMatchObject({
      athlete: "dee",
      athletes: ["dee"],
    });

    // Roles: demoting the last owner is refused; a new password ends the user's sessions.
    expect((await ownerBrowser.call("PATCH", "/api/users/Olga", { role: "coach" })).status).toBe(409);
    expect((await ownerBrowser.call("DELETE", "/api/users/Olga")).status).toBe(409);
    const patched = await ownerBrowser.call("PATCH", "/api/users/Dee", { password: "another passphrase" });
    expect(patched.status).toBe(200);
    expect((await deeBrowser.call("GET", "/api/auth/me")).status).toBe(401);
    expect((await ownerBrowser.call("DELETE", "/api/users/Dee")).status).toBe(204);
    expect((await owner().signIn("Dee", "another passphrase")).status).toBe(401);
    expect(
      (await ownerBrowser.call("GET", "/api/users")).body.map((u: { username: string }) => u.username),
    ).toEqual(["Ann", "Cora", "Olga"]);
  });

  it("rate-limits sign-in per address (10 a minute) with a clear 429", async () => {
    const headers = { "x-forwarded-for": "203.0.113.7" };
    const codes: number[] = [];
    let last: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 11; i++) {
      last = await send(`${url}/api/auth/login`, {
        method: "POST",
        body: { username: `guess${i}`, password: "password1" },
        headers,
      });
      codes.push(last.status);
    }
    expect(codes).toEqual([...Array(10).fill(401), 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last?.body.error).toMatch(/too many sign-in attempts from this address; try again in \d+ s/);
    // Another address is not held up.
    const other = await send(`${url}/api/auth/login`, {
      method: "POST",
      body: { username: "Olga", password: PASSWORD },
      headers: { "x-forwarded-for": "203.0.113.8" },
    });
    expect(other.status).toBe(200);
  });

  it("rate-limits failed sign-ins per account (5 in 15 minutes), even from many addresses", async () => {
    const attempt = (password: string, n: number) =>
      send(`${url}/api/auth/login`, {
        method: "POST",
        body: { username: "cora", password },
        headers: { "x-forwarded-for": `192.0.2.${n}` },
      });
    for (let n = 1; n <= 5; n++) expect((await attempt("wrong password", n)).status).toBe(401);
    const locked = await attempt(PASSWORD, 6);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(locked.body.error).toMatch(/too many failed sign-ins for this account; try again in 15 min/);
  });

  it("the owner reads the audit log: who, what, when and from where", async () => {
    const log = await ownerBrowser.call("GET", "/api/audit?limit=1000");
    expect(log.status).toBe(200);
    const events = new Set(log.body.map((e: { event: string }) => e.event));
    for (const event of [
      "setup",
      "login",
      "login-failed",
      "logout-all",
      "password-changed",
      "token-created",
      "token-revoked",
      "user-added",
      "user-removed",
      "coach-assigned",
    ])
      expect(events).toContain(event);
    const failed = log.body.find(
      (e: { event: string; address: string }) => e.event === "login-failed" && e.address === "192.0.2.5",
    );
    expect(failed).toMatchObject({ username: "cora", actor: null, at: expect.any(String) });
    const added = log.body.find((e: { event: string }) => e.event === "user-added");
    expect(added).toMatchObject({ actor: "Olga" });
    expect(JSON.stringify(log.body)).not.toContain(PASSWORD);
    const page = await ownerBrowser.call("GET", "/api/audit?limit=2");
    expect(page.body).toHaveLength(2);
    const next = page.headers.get("x-next-cursor");
    expect((await ownerBrowser.call("GET", `/api/audit?limit=2&cursor=${next}`)).body[0].id).toBeLessThan(
      page.body[1].id,
    );
  });

  it("sends security headers and no CORS permission", async () => {
    const shell = await send(`${url}/`, { headers: { origin: "https://evil.example" } });
    const csp = shell.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(shell.headers.get("access-control-allow-origin")).toBeNull();
    expect(shell.headers.get("x-content-type-options")).toBe("nosniff");
    const preflight = await send(`${url}/api/athletes`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
