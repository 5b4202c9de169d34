// Issue 10: `hipthrust user ...` and `hipthrust audit`, as real processes on each store.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/auth/passwords.js";
import { sha256 } from "../../src/auth/tokens.js";
import { findApiToken } from "../../src/storage/api-tokens.js";
import { createAuthSession } from "../../src/storage/auth-sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { findUserByName } from "../../src/storage/users.js";
import { BACKENDS, type Place } from "../storage/backends.js";
import { hipthrust, inProcess } from "./spawn.js";

const PROFILE = join(import.meta.dirname, "../../examples/profile-gym-hypertrophy.json");

async function withOpen<T>(place: Place, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(place.location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Every account table, row by row: a change anywhere shows. */
function snapshot(place: Place): Promise<string> {
  return withOpen(place, async (store) => {
    const out: unknown[] = [];
    const tables = [
      ["users", "id"],
      ["coach_athletes", "athlete_id"],
      ["auth_sessions", "id_hash"],
      ["api_tokens", "id"],
      ["audit", "id"],
      ["athletes", "id"],
    ] as const;
    for (const [table, key] of tables) {
      // biome-ignore lint/suspicious/noExplicitAny: each table is ordered by a key of its own.
      out.push(await (store.db as any).selectFrom(table).selectAll().orderBy(key).execute());
    }
    return JSON.stringify(out);
  });
}

// Each case is a process or several: minutes on a loaded machine.
describe.each(BACKENDS)("hipthrust user and audit on $name", { timeout: 120_000 }, (backend) => {
  let place: Place;
  beforeEach(async () => {
    place = await backend.fresh();
  });
  afterEach(() => place.dispose());

  // Commands that read standard input run as processes; the others in this process (faster).
  const run = (args: string[], input?: string | "open") =>
    input === undefined ? inProcess(place, args) : hipthrust(place, args, { input });
  const addOwner = () => run(["user", "add", "Ann", "--owner", "--password-stdin"], "owner-password\n");

  it("adds the owner from standard input, stores only an argon2id hash, and lists users", async () => {
    const added = await addOwner();
    expect(added).toMatchObject({ code: 0, stderr: "" });
    expect(added.stdout).toMatch(/^Added owner Ann \(/);
    const stored = await withOpen(place, (store) => findUserByName(store.db, "ann"));
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored?.passwordHash ?? "", "owner-password")).toBe(true);
    expect(await verifyPassword(stored?.passwordHash ?? "", "owner-password\n")).toBe(false);

    expect((await run(["profile", "set", PROFILE, "--athlete", "Bea"])).code).toBe(0);
    expect((await run(["profile", "set", PROFILE, "--athlete", "Cleo"])).code).toBe(0);
    expect(
      (await run(["user", "add", "coach", "--role", "coach", "--password-stdin"], "coach-password")).code,
    ).toBe(0);
    const lifter = await run(
      ["user", "add", "bea", "--role", "athlete", "--athlete", "bea", "--password-stdin"],
      "bea-password",
    );
    expect(lifter.stdout).toMatch(/Added athlete bea, linked to athlete Bea/);
    const assigned = await run(["user", "assign", "coach", "bea", "CLEO"]);
    expect(assigned).toMatchObject({ code: 0, stdout: "coach now coaches: Bea, Cleo.\n" });
    expect((await run(["user", "unassign", "coach", "cleo"])).stdout).toBe("coach now coaches: Bea.\n");

    const json = JSON.parse((await run(["user", "list", "--json"])).stdout);
    expect(
      json.map((u: { username: string; role: string; athlete: string | null; athletes: string[] }) => [
        u.username,
        u.role,
        u.athlete,
        u.athletes,
      ]),
    ).toEqual([
      ["Ann", "owner", null, ["Bea", "Cleo"]],
      ["bea", "athlete", "Bea", ["Bea"]],
      ["coach", "coach", null, ["Bea"]],
    ]);
    const table = (await run(["user", "list"])).stdout;
    expect(table.split("\n")[0]).toMatch(/^NAME\s+ROLE\s+ATHLETE\s+SEES\s+ADDED$/);
    expect(table).toMatch(/Ann\s+owner\s+-\s+all athletes/);
    expect(table).toMatch(/coach\s+coach\s+-\s+Bea/);
  });

  it("prints a token once, stores only its SHA-256, and revokes it", async () => {
    await addOwner();
    const made = await run(["user", "token", "ann", "--label", "phone"]);
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^ht_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toMatch(/Token 1 \(phone\) for Ann: shown this once only/);
    const found = await withOpen(place, (store) => findApiToken(store.db, sha256(token)));
    expect(found).toMatchObject({ id: 1 });
    const stored = await withOpen(place, (store) => store.db.selectFrom("api_tokens").selectAll().execute());
    expect(JSON.stringify(stored)).not.toContain(token.slice(3));
    const list = await run(["user", "tokens", "ann", "--json"]);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: 1, name: "phone", createdAt: expect.any(String), lastUsedAt: null },
    ]);
    expect((await run(["user", "token", "ann", "--revoke", "1"])).stdout).toBe("Revoked token 1 of Ann.\n");
    expect(await withOpen(place, (store) => findApiToken(store.db, sha256(token)))).toBeNull();
  });

  it("passwd sets a new password and signs the user out everywhere", async () => {
    await addOwner();
    await withOpen(place, async (store) => {
      const ann = await findUserByName(store.db, "ann");
      await createAuthSession(store.db, {
        idHash: "h",
        userId: ann?.id ?? 0,
        csrf: "c",
        now: "2026-12-02T00:00:00.000Z",
        expiresAt: "2099-01-01T00:00:00.000Z",
        address: null,
        userAgent: null,
      });
    });
    const changed = await run(["user", "passwd", "ANN", "--password-stdin"], "a-new-password\r\n");
    expect(changed).toMatchObject({
      code: 0,
      stdout: "Changed the password of Ann; they are signed out everywhere.\n",
    });
    const ann = await withOpen(place, (store) => findUserByName(store.db, "ann"));
    expect(await verifyPassword(ann?.passwordHash ?? "", "a-new-password")).toBe(true);
    const sessions = await withOpen(place, (store) =>
      store.db.selectFrom("auth_sessions").selectAll().execute(),
    );
    expect(sessions).toEqual([]);
  });

  it("records every change in the audit log as done by the cli, newest first", async () => {
    await addOwner();
    await run(["user", "add", "Bob", "--role", "coach", "--password-stdin"], "bob-password");
    await run(["user", "token", "bob"]);
    await run(["user", "passwd", "bob", "--password-stdin"], "bob-password-2");
    await run(["user", "remove", "bob"]);
    const rows = JSON.parse((await run(["audit", "--json"])).stdout);
    expect(
      rows.map((r: { event: string; username: string; actor: string }) => [r.event, r.username, r.actor]),
    ).toEqual([
      ["user-removed", "Bob", "cli"],
      ["password-changed", "Bob", "cli"],
      ["token-created", "Bob", "cli"],
      ["user-added", "Bob", "cli"],
      ["user-added", "Ann", "cli"],
    ]);
    expect(rows[3].detail).toBe("role coach");
    const text = (await run(["audit", "--limit", "2"])).stdout;
    expect(text.split("\n")[0]).toMatch(/^AT \(UTC\)\s+EVENT\s+USER\s+BY\s+FROM\s+DETAIL$/);
    expect(text.trim().split("\n")).toHaveLength(4);
    expect(text).not.toContain("bob-password");
  });

  it("without a terminal and without --password-stdin it exits 2 at once, never waiting, and stores nothing", async () => {
    await addOwner();
    const before = await snapshot(place);
    for (const args of [
      ["user", "add", "bob", "--role", "coach"],
      ["user", "passwd", "ann"],
    ]) {
      const res = await run(args, "open");
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/no terminal to ask for the password on; pipe it in with --password-stdin/);
      expect(res.stderr.trim().split("\n")).toHaveLength(1);
      expect(res.ms).toBeLessThan(15_000);
    }
    expect(await snapshot(place)).toBe(before);
  });

  it("bad input exits 2 with one line naming the problem, and changes nothing", async () => {
    await addOwner();
    await run(["profile", "set", PROFILE, "--athlete", "Bea"]);
    await run(["user", "add", "lifter", "--role", "athlete", "--password-stdin"], "lifter-password");
    const before = await snapshot(place);
    const cases: [string[], string | undefined, RegExp][] = [
      [
        ["user", "add", "bob", "--role", "coach", "--password-stdin"],
        "short",
        /password must be at least 8 characters/,
      ],
      [["user", "add", "bob", "--role", "coach", "--password-stdin"], "x".repeat(257), /at most 256/],
      [
        ["user", "add", "ANN", "--role", "coach", "--password-stdin"],
        "long-enough",
        /a user named "Ann" already exists/,
      ],
      [
        ["user", "add", "bob", "--role", "boss", "--password-stdin"],
        "long-enough",
        /--role: expected owner, coach or athlete/,
      ],
      [["user", "add", "bob", "--password-stdin"], "long-enough", /give the new user a role/],
      [["user", "add", "bob", "--owner", "--role", "coach", "--password-stdin"], "long-enough", /disagree/],
      [
        ["user", "add", "bob", "--role", "athlete", "--athlete", "zed", "--password-stdin"],
        "long-enough",
        /no athlete "zed".*Bea/,
      ],
      [
        ["user", "add", "x".repeat(65), "--role", "coach", "--password-stdin"],
        "long-enough",
        /at most 64 characters/,
      ],
      [["user", "remove", "ann"], undefined, /"Ann" is the last owner/],
      [["user", "remove", "nobody"], undefined, /no user "nobody" in .*users: "Ann", "lifter"/],
      [["user", "assign", "lifter", "Bea"], undefined, /lifter is an athlete, not a coach/],
      [["user", "assign", "ann"], undefined, /name at least one ATHLETE/],
      [["user", "token", "ann", "--revoke", "7"], undefined, /Ann has no token 7/],
      [["user", "token", "ann", "--revoke", "x"], undefined, /expected a token id/],
      [["user", "frobnicate"], undefined, /usage: hipthrust user add/],
      [["user", "list", "--bogus=1"], undefined, /unknown option --bogus/],
      [["audit", "--limit", "0"], undefined, /--limit: must be a whole number from 1 to 10000/],
    ];
    for (const [args, input, message] of cases) {
      const res = await run(args, input);
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/^\s+at /m);
    }
    expect(await snapshot(place)).toBe(before);
  }, 240_000);

  it("the first user must be the owner; on a store with no users the owner role is the default", async () => {
    const coach = await run(["user", "add", "bob", "--role", "coach", "--password-stdin"], "long-enough");
    expect(coach.code).toBe(2);
    expect(coach.stderr).toMatch(/the first user must be the owner/);
    const first = await run(["user", "add", "ann", "--password-stdin"], "long-enough");
    expect(first.stdout).toMatch(/^Added owner ann/);
  });

  it("user list on a store that does not exist yet says so and creates nothing", async () => {
    if (backend.name !== "sqlite") return;
    const res = await run(["user", "list"]);
    expect(res).toMatchObject({
      code: 0,
      stdout: "No users yet. Add the owner with `hipthrust user add NAME --owner`.\n",
    });
    const file = join((place.location as { dataDir: string }).dataDir, "hipthrust.db");
    expect(() => writeFileSync(file, "", { flag: "wx" })).not.toThrow();
  });
});
