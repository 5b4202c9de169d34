// The pure rules behind the auth hook: who adds athletes, the per-account sign-in limit, CSRF,
// session expiry, the public table and the Host allow-list.
import { describe, expect, it } from "vitest";
import {
  accountRetryAfterMs,
  athleteCreation,
  needsCsrf,
  needsTouch,
  sessionExpiry,
} from "../../src/auth/policy.js";
import { hostAllowed, hostName } from "../../src/server/auth/host.js";
import { isOwnerOnly, isPublic } from "../../src/server/auth/public.js";

describe("accounts policy", () => {
  it("adding an athlete: owner adds, coach gets it assigned, an athlete without one becomes it", () => {
    expect(athleteCreation({ role: "owner", athleteId: 3 })).toBe("add");
    expect(athleteCreation({ role: "coach", athleteId: null })).toBe("assign");
    expect(athleteCreation({ role: "athlete", athleteId: null })).toBe("link");
    expect(athleteCreation({ role: "athlete", athleteId: 7 })).toBe("forbidden");
  });

  it("locks an account's sign-in after 5 failures in 15 minutes until the oldest ages out", () => {
    const min = 60_000;
    const failures = [0, 1, 2, 3].map((m) => m * min);
    expect(accountRetryAfterMs(failures, 4 * min)).toBe(0);
    const five = [...failures, 4 * min];
    expect(accountRetryAfterMs(five, 5 * min)).toBe(10 * min);
    expect(accountRetryAfterMs(five, 15 * min)).toBe(0);
  });

  it("asks cookie writes for the CSRF token, never reads or bearer tokens", () => {
    expect(["POST", "PUT", "PATCH", "DELETE"].map((m) => needsCsrf(m, "cookie"))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(needsCsrf("GET", "cookie")).toBe(false);
    expect(needsCsrf("POST", "token")).toBe(false);
  });

  it("keeps a session 30 days after its last use, written at most once a minute", () => {
    expect(sessionExpiry("2026-12-02T07:00:00.000Z")).toBe("2027-01-01T07:00:00.000Z");
    expect(needsTouch("2026-12-02T07:00:00.000Z", "2026-12-02T07:00:59.000Z")).toBe(false);
    expect(needsTouch("2026-12-02T07:00:00.000Z", "2026-12-02T07:01:00.000Z")).toBe(true);
  });

  it("lists public routes one by one; everything outside /api is public", () => {
    expect(isPublic("GET", "/api/health")).toBe(true);
    expect(isPublic("HEAD", "/api/exercises/:id")).toBe(true);
    expect(isPublic("GET", "/api/docs/static/*")).toBe(true);
    expect(isPublic("GET", "/*")).toBe(true);
    expect(isPublic("POST", "/api/next")).toBe(false);
    expect(isPublic("GET", "/api/auth/me")).toBe(false);
    expect(isPublic("GET", "/api/docsx")).toBe(false);
    expect(isOwnerOnly("/api/users/:username/athletes")).toBe(true);
    expect(isOwnerOnly("/api/usersx")).toBe(false);
  });

  it("takes Host names: localhost, IP literals, the public URL's and allowed names", () => {
    expect(hostName("[::1]:3000")).toBe("::1");
    expect(hostName("Gym.Example.org:443")).toBe("gym.example.org");
    const options = { publicUrl: "https://gym.example.org/app", allowHosts: ["lifts.lan"] };
    for (const ok of ["localhost:3000", "10.0.0.2", "[fe80::1]:80", "gym.example.org", "LIFTS.lan:3000"])
      expect(hostAllowed(ok, options), ok).toBe(true);
    for (const bad of [undefined, "", "localhost.evil.example", "example.org", "lifts.lan.evil"])
      expect(hostAllowed(bad, options), String(bad)).toBe(false);
  });
});
