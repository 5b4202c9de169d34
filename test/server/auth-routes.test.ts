// The route table test (issue 10): walks every route of the OpenAPI document of a real server
// process and checks who gets in: anonymous callers get 401 except on the public table; a user
// calling for someone else's athlete gets the unknown athlete's 404; cookie writes without the
// CSRF token get 403; owner-only routes 403 to others. A new route cannot skip the checks: it is
// private unless listed as public, and the document must hold every /api route the server has.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.js";
import { isOwnerOnly, isPublic } from "../../src/server/auth/public.js";
import { openStore } from "../../src/storage/store.js";
import { BACKENDS, type Place } from "../storage/backends.js";
import { PASSWORD } from "./harness.js";
import { Browser, type Reply, type ServerProcess, send, startServer } from "./processes.js";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const SIGN_IN_FIRST = { error: "sign in first", issues: [] };
const unknownAthlete = (name: string) => ({
  error: `no athlete named "${name}"`,
  issues: [{ field: "athlete", problem: `no athlete named "${name}"` }],
});

interface Route {
  method: string;
  /** As Fastify has it, e.g. `/api/athletes/:athlete/sets/:id`. */
  pattern: string;
  /** The path for an athlete, every other parameter filled in. */
  path(athlete: string): string;
}

function routesOf(spec: { paths: Record<string, Record<string, unknown>> }): Route[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase(),
      pattern: path.replace(/\{(\w+)\}/g, ":$1"),
      path: (athlete: string) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === "athlete"
            ? athlete
            : name === "date"
              ? "2026-11-20"
              : name === "username"
                ? "nobody"
                : "1",
        ),
    })),
  );
}

/** Every /api route of a server as [method, pattern], from Fastify's route tree. */
function registeredApiRoutes(tree: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+) \(([A-Z, ]+)\)$/.exec(line.replace(/ {4}|│ {3}/g, "    "));
    if (!match) continue;
    const depth = (match[1] as string).length / 4;
    stack.length = depth;
    stack.push(match[2] as string);
    const path = stack.join("").replace(/^\/+/, "/");
    for (const method of (match[3] as string).split(", "))
      if (method !== "HEAD" && path.startsWith("/api/")) out.push(`${method} ${path}`);
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("holds every /api route the server has, but for the docs UI's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hipthrust-routes-"));
    const store = await openStore({ dataDir: dir });
    const app = await buildServer({ store });
    try {
      await app.ready();
      const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const documented = new Set(routesOf(spec).map((r) => `${r.method} ${r.pattern}`));
      const registered = registeredApiRoutes(app.printRoutes({ commonPrefix: false }));
      expect(registered.length).toBeGreaterThan(40);
      const missing = registered.filter(
        (r) => !documented.has(r) && !r.startsWith("GET /api/docs") && r !== "GET /api/openapi.json",
      );
      expect(missing).toEqual([]);
    } finally {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(BACKENDS)("every route's access on $name", (backend) => {
  let place: Place;
  let server: ServerProcess;
  let routes: Route[];
  /** Signed in with a cookie: the athlete user linked to "ann". */
  const ann = () => annBrowser;
  let annBrowser: Browser;
  /** A coach assigned "ann", calling with an API token. */
  let coach: Record<string, string>;

  const asOwner = (method: string, path: string, body?: unknown) =>
    send(`${server.url}${path}`, { method, body, headers: server.owner });
  const call = (route: Route, athlete: string, headers: Record<string, string>): Promise<Reply> =>
    send(`${server.url}${route.path(athlete)}`, {
      method: route.method,
      headers,
      ...(WRITES.has(route.method) && { body: {} }),
    });

  beforeAll(async () => {
    place = await backend.fresh();
    server = await startServer(place);
    for (const name of ["ann", "bob"])
      expect((await asOwner("POST", "/api/athletes", { name })).status).toBe(201);
    await asOwner("POST", "/api/users", {
      username: "Ann",
      password: PASSWORD,
      role: "athlete",
      athlete: "ann",
    });
    await asOwner("POST", "/api/users", { username: "Cora", password: PASSWORD, role: "coach" });
    await asOwner("PUT", "/api/users/Cora/athletes", { athletes: ["ann"] });
    annBrowser = new Browser(server.url);
    expect((await annBrowser.signIn("Ann", PASSWORD)).status).toBe(200);
    const cora = new Browser(server.url);
    await cora.signIn("Cora", PASSWORD);
    const token = await cora.call("POST", "/api/auth/tokens", { name: "route test" });
    coach = { authorization: `Bearer ${token.body.token}` };
    routes = routesOf((await send(`${server.url}/api/openapi.json`)).body);
  });
  afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
    await place.dispose();
  });

  it("answers 401 to anonymous calls on every route but the public ones", async () => {
    expect(routes.length).toBeGreaterThan(40);
    const open: string[] = [];
    for (const route of routes) {
      const res = await call(route, "ann", {});
      if (isPublic(route.method, route.pattern)) {
        open.push(`${route.method} ${route.pattern}`);
        expect(res.status, `${route.method} ${route.pattern}`).not.toBe(401);
      } else {
        expect({ route: `${route.method} ${route.pattern}`, status: res.status, body: res.body }).toEqual({
          route: `${route.method} ${route.pattern}`,
          status: 401,
          body: SIGN_IN_FIRST,
        });
      }
    }
    expect(open.sort()).toEqual([
      "GET /api/auth/status",
      "GET /api/evidence",
      "GET /api/exercises",
      "GET /api/exercises/:id",
      "GET /api/health",
      "POST /api/auth/login",
      "POST /api/auth/setup",
    ]);
  });

  it("answers someone else's athlete exactly as an unknown one, for reads and writes, cookie or token", async () => {
    const athleteRoutes = routes.filter((r) => r.pattern.startsWith("/api/athletes/:athlete"));
    expect(athleteRoutes.length).toBeGreaterThan(30);
    for (const route of athleteRoutes) {
      const label = `${route.method} ${route.pattern}`;
      for (const [who, headers] of [
        ["athlete", { cookie: ann().cookie, "x-csrf-token": ann().csrf }],
        ["coach", coach],
      ] as const) {
        const theirs = await call(route, "bob", headers);
        const unknown = await call(route, "nobody", headers);
        expect({ label, who, status: theirs.status, body: theirs.body }).toEqual({
          label,
          who,
          status: 404,
          body: unknownAthlete("bob"),
        });
        expect(JSON.stringify(unknown.body)).toBe(JSON.stringify(theirs.body).replaceAll('"bob', '"nobody'));
        // Their own athlete gets through to the route (which may still find the body or record
        // wrong); but for deleting the athlete, which only the owner or the athlete may (the last check).
        if (label === "DELETE /api/athletes/:athlete") continue;
        const own = await call(route, "ann", headers);
        expect({ label, who, body: own.body }).not.toEqual({ label, who, body: unknownAthlete("ann") });
        expect([401, 403], `${who} ${label}`).not.toContain(own.status);
      }
    }
    const deleted = await call(
      athleteRoutes.find((r) => r.method === "DELETE" && r.pattern === "/api/athletes/:athlete") as Route,
      "ann",
      coach,
    );
    // A coach may edit their athlete's training but not erase it (the owner or the athlete may).
    expect(deleted.status).toBe(403);
    expect((await asOwner("GET", "/api/athletes/ann")).status).toBe(200);
    // None of those writes reached bob.
    const bob = await asOwner("GET", "/api/athletes/bob/sessions");
    expect(bob).toMatchObject({ status: 200, body: [] });
    expect((await asOwner("GET", "/api/athletes/bob")).status).toBe(200);
  });

  it("refuses cookie-authenticated writes without the CSRF token on every private route", async () => {
    const writes = routes.filter((r) => WRITES.has(r.method) && !isPublic(r.method, r.pattern));
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const res = await call(route, "ann", { cookie: ann().cookie });
      expect({ route: `${route.method} ${route.pattern}`, status: res.status, body: res.body }).toEqual({
        route: `${route.method} ${route.pattern}`,
        status: 403,
        body: { error: "CSRF token missing or wrong", issues: [] },
      });
    }
  });

  it("answers 403 to anyone but the owner on the owner's routes", async () => {
    const ownerOnly = routes.filter((r) => isOwnerOnly(r.pattern));
    expect(ownerOnly.map((r) => `${r.method} ${r.pattern}`).sort()).toEqual([
      "DELETE /api/users/:username",
      "GET /api/audit",
      "GET /api/users",
      "PATCH /api/users/:username",
      "POST /api/users",
      "PUT /api/users/:username/athletes",
    ]);
    for (const route of ownerOnly) {
      for (const headers of [{ cookie: ann().cookie, "x-csrf-token": ann().csrf }, coach]) {
        const res = await call(route, "ann", headers);
        expect({ route: `${route.method} ${route.pattern}`, status: res.status }).toEqual({
          route: `${route.method} ${route.pattern}`,
          status: 403,
        });
      }
      expect((await call(route, "ann", server.owner)).status).not.toBe(403);
    }
  });
});
