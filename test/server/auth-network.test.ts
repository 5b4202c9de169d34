// Issue 10, headers and origin, against real server processes: the Host-header allow-list (a
// DNS-rebinding page is refused), `serve --public-url/--allow-host/--host 0.0.0.0`, and the API
// docs UI working under the Content-Security-Policy with nothing loaded from outside.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, type Place } from "../storage/backends.js";
import { type ServerProcess, startServer } from "./processes.js";

const CHROMIUM = "/usr/bin/chromium";
const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));

/** GET /api/health with a Host header of our choosing (fetch would not let us set it). */
function withHost(url: string, host: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: "/api/health", headers: { host } }, (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("Host header and network flags", () => {
  let place: Place;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    place = await (BACKENDS[0] as (typeof BACKENDS)[number]).fresh();
  });
  afterAll(async () => {
    for (const s of servers) {
      s.child.kill("SIGTERM");
      await s.exited;
    }
    await place.dispose();
  });

  it("answers localhost, IP literals, the --public-url host and --allow-host names; refuses others", async () => {
    const server = await startServer(place, {
      flags: ["--public-url", "https://gym.example.org", "--allow-host", "lifts.lan,Coach.Local"],
    });
    servers.push(server);
    // Printed after the "serving on" line that startServer waits for, so it may come a moment later.
    await vi.waitFor(() => expect(server.stdout()).toContain("open https://gym.example.org"));
    const port = new URL(server.url).port;
    for (const host of [
      `localhost:${port}`,
      "localhost",
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      "192.168.1.20:3000",
      "gym.example.org",
      "GYM.example.org:443",
      "lifts.lan",
      "coach.local:3000",
    ])
      expect({ host, status: (await withHost(server.url, host)).status }).toEqual({ host, status: 200 });
    for (const host of ["evil.example", `rebind.attacker.example:${port}`, "gym.example.org.evil.example"]) {
      const res = await withHost(server.url, host);
      expect(res.status).toBe(403);
      const name = host.replace(/:\d+$/, "");
      expect(JSON.parse(res.body).error).toBe(
        `host "${name}" is not allowed; start the server with --public-url https://${name} (or --allow-host ${name}) to serve it under that name`,
      );
    }
  });

  it("--host 0.0.0.0 prints the address to open on a phone and that HTTPS needs a reverse proxy", async () => {
    const server = await startServer(place, { flags: ["--host", "0.0.0.0"] });
    servers.push(server);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const out = server.stdout();
    expect(out).toMatch(/plain HTTP, readable by anyone on the network; for HTTPS put a reverse proxy/);
    expect(out).toContain("--public-url https://… --trust-proxy");
    if (out.includes("on a phone")) expect(out).toMatch(/open http:\/\/\d+\.\d+\.\d+\.\d+:\d+/);
  });

  it("refuses a --public-url that is not an http(s) URL (exit 2)", () => {
    const run = spawnSync(
      process.execPath,
      [BIN, "serve", "--public-url", "gym.example.org", ...place.flags],
      {
        env: place.env,
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('option --public-url: "gym.example.org" is not an http(s) URL');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    "serves the API docs UI under the CSP, with nothing from outside",
    async () => {
      const server = await startServer(place);
      servers.push(server);
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        const outside: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error") problems.push(m.text());
        });
        page.on("pageerror", (e) => problems.push(e.message));
        page.on("request", (r) => {
          if (!r.url().startsWith(server.url)) outside.push(r.url());
        });
        const res = await page.goto(`${server.url}/api/docs/`);
        expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
        await page.locator(".opblock").first().waitFor({ timeout: 20_000 });
        expect(await page.locator(".opblock").count()).toBeGreaterThan(40);
        expect(problems).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    // A browser on a loaded machine: starting chromium alone can take most of the default 30 s.
    120_000,
  );
});
