// Issue 10 item 5: `hipthrust backup` and `hipthrust restore`, as real processes. Backups are made
// of SQLite stores; restore loads them into either store.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../src/auth/tokens.js";
import { findApiToken } from "../../src/storage/api-tokens.js";
import { createAthlete } from "../../src/storage/athletes.js";
import { logToDay } from "../../src/storage/sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { BACKENDS, type Place } from "../storage/backends.js";
import { hipthrust, inProcess } from "./spawn.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const ATHLETES = ["Ann Lee", "bo"];

async function withOpen<T>(place: Place, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(place.location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** What a user can read back: every athlete's export (JSON and CSV), the users, the audit log. */
async function readBack(place: Place, athletes = ATHLETES): Promise<string[]> {
  const out: string[] = [];
  for (const athlete of athletes) {
    for (const format of ["json", "csv"]) {
      const res = await inProcess(place, ["export", "--athlete", athlete, "--format", format]);
      expect(res.code).toBe(0);
      out.push(res.stdout);
    }
  }
  out.push((await inProcess(place, ["user", "list", "--json"])).stdout);
  out.push((await inProcess(place, ["audit", "--json"])).stdout);
  return out;
}

const sqlite = BACKENDS[0] as (typeof BACKENDS)[number];
let source: Place;
let dir: string;
let token: string;
let backup: string;
let original: string[];

beforeAll(async () => {
  source = await sqlite.fresh();
  dir = mkdtempSync(join(tmpdir(), "hipthrust-backup-"));
  const run = (args: string[], input?: string) =>
    hipthrust(source, args, input === undefined ? {} : { input });
  await run(["profile", "set", join(EXAMPLES, "profile-gym-hypertrophy.json"), "--athlete", "Ann Lee"]);
  expect(
    (await run(["import", join(EXAMPLES, "log-gym-hypertrophy.json"), "--athlete", "Ann Lee"])).code,
  ).toBe(0);
  expect(
    (
      await run([
        "import",
        join(EXAMPLES, "log-home-dumbbells.json"),
        "--athlete",
        "bo",
        "--create",
        "--unit",
        "lb",
      ])
    ).code,
  ).toBe(0);
  await run(["user", "add", "owner", "--owner", "--password-stdin"], "owner-password");
  await run(["user", "add", "coach", "--role", "coach", "--password-stdin"], "coach-password");
  await run(["user", "assign", "coach", "bo"]);
  token = (await run(["user", "token", "coach"])).stdout.trim();
  backup = join(dir, "hipthrust-backup.db");
  const made = await run(["backup", backup]);
  expect(made.code).toBe(0);
  expect(made.stdout).toMatch(/^Backed up .*hipthrust\.db to .*hipthrust-backup\.db \(\d+ KB\)\.\n$/);
  original = await readBack(source);
}, 120_000);

afterAll(async () => {
  await source.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("hipthrust backup (SQLite)", { timeout: 120_000 }, () => {
  it("writes a file only its owner may read, and will not overwrite one without --force", async () => {
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const again = await hipthrust(source, ["backup", backup]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; give another name or add --force/);
    expect((await hipthrust(source, ["backup", backup, "--force"])).code).toBe(0);
  });

  it("is consistent while another connection keeps writing", async () => {
    const writer = await openStore(source.location);
    const athlete = await createAthlete(writer.db, "busy", "kg");
    let stop = false;
    let written = 0;
    const writing = (async () => {
      while (!stop) {
        await logToDay(writer.db, athlete.id, {
          date: "2026-11-01",
          exercise: "barbell-hip-thrust",
          set: { load: 60, reps: 10 },
          unit: "kg",
        });
        written++;
        // Let the event loop see the backup process end.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = join(dir, "during-writes.db");
    const res = await hipthrust(source, ["backup", file]);
    stop = true;
    await writing;
    await writer.close();
    expect(res.code).toBe(0);
    expect(written).toBeGreaterThan(0);
    const copy = new SqliteDatabase(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
  });

  it("a store that does not exist is an error, and none is created", async () => {
    const empty = await sqlite.fresh();
    const res = await hipthrust(empty, ["backup", join(dir, "none.db")]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no store at .* to back up/);
    await empty.dispose();
  });
});

describe.each(BACKENDS)("hipthrust restore into $name", { timeout: 120_000 }, (backend) => {
  it("backup then restore gives an identical export of every athlete, the same users, audit and tokens", async () => {
    const target = await backend.fresh();
    try {
      const res = await hipthrust(target, ["restore", backup]);
      expect(res.stderr).toBe("");
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(
        /^Restored .* into .*: 2 athlete\(s\), \d+ session\(s\), \d+ set\(s\), 2 user\(s\), 1 token\(s\)\.\n$/,
      );
      expect(await readBack(target)).toEqual(original);
      expect(await withOpen(target, (store) => findApiToken(store.db, sha256(token)))).not.toBeNull();
      // New rows get new ids after the restored ones.
      const added = await inProcess(target, ["user", "token", "owner"]);
      expect(added.stderr).toMatch(/^Token 2 /);
    } finally {
      await target.dispose();
    }
  });

  it("refuses a store that holds anything unless --force, which replaces it all", async () => {
    const target = await backend.fresh();
    try {
      await inProcess(target, ["profile", "set", join(EXAMPLES, "profile-rehab.json"), "--athlete", "zed"]);
      const before = await readBack(target, ["zed"]);
      const refused = await hipthrust(target, ["restore", backup]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/is not empty \(athletes, profiles hold rows\).*--force/);
      expect(await readBack(target, ["zed"])).toEqual(before);
      expect((await hipthrust(target, ["restore", backup, "--force"])).code).toBe(0);
      expect(await readBack(target)).toEqual(original);
      expect((await inProcess(target, ["export", "--athlete", "zed"])).code).toBe(2);
    } finally {
      await target.dispose();
    }
  });

  it("refuses a file that is not a hipthrust backup, and creates or changes nothing", async () => {
    const target = await backend.fresh();
    try {
      const text = join(dir, "notes.txt");
      writeFileSync(text, "not a database at all, just some words that are long enough to not be empty");
      const other = join(dir, "other-app.db");
      const db = new SqliteDatabase(other);
      db.exec("create table if not exists things (id integer primary key, name text)");
      db.close();
      const cases: [string, RegExp][] = [
        [join(dir, "missing.db"), /missing\.db: cannot read the file \(no such file\)/],
        [dir, /cannot read the file \(it is a directory\)/],
        [text, /notes\.txt is not a hipthrust backup \(not an SQLite database\)/],
        [other, /other-app\.db is not a hipthrust backup \(it has no hipthrust tables\)/],
      ];
      for (const [file, message] of cases) {
        const res = await hipthrust(target, ["restore", file]);
        expect(res.code, file).toBe(2);
        expect(res.stderr).toMatch(message);
        expect(res.stderr.trim().split("\n")).toHaveLength(1);
      }
      expect(statSync(text).size).toBeGreaterThan(0);
      if (backend.name === "sqlite") {
        const data = (target.location as { dataDir: string }).dataDir;
        expect(() => statSync(join(data, "hipthrust.db"))).toThrow();
      } else {
        expect((await inProcess(target, ["user", "list", "--json"])).stdout).toBe("[]\n");
      }
    } finally {
      await target.dispose();
    }
  });
});

describe.each(BACKENDS.filter((b) => b.name === "postgres"))(
  "hipthrust backup on $name",
  { timeout: 60_000 },
  (backend) => {
    it("exits 2 with pg_dump advice naming the schema", async () => {
      const place = await backend.fresh();
      try {
        await hipthrust(place, ["user", "add", "owner", "--owner", "--password-stdin"], {
          input: "owner-password",
        });
        const res = await hipthrust(place, ["backup", "x.dump"]);
        expect(res.code).toBe(2);
        const schema = new URL((place.location as { databaseUrl: string }).databaseUrl).searchParams
          .get("options")
          ?.split("=")[1];
        expect(res.stderr).toContain(`pg_dump --format=custom --schema=${schema} --file=x.dump`);
      } finally {
        await place.dispose();
      }
    });
  },
);
