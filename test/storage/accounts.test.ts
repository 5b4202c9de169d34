import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createApiToken,
  deleteApiToken,
  findApiToken,
  listApiTokens,
  touchApiToken,
} from "../../src/storage/api-tokens.js";
import { createAthlete, deleteAthlete } from "../../src/storage/athletes.js";
import { listAudit, recordAudit } from "../../src/storage/audit.js";
import {
  createAuthSession,
  deleteAuthSession,
  deleteUserAuthSessions,
  findAuthSession,
  touchAuthSession,
} from "../../src/storage/auth-sessions.js";
import { ConflictError, NotFoundError } from "../../src/storage/errors.js";
import { addSession } from "../../src/storage/sessions.js";
import { openStore, type Store } from "../../src/storage/store.js";
import {
  countUsers,
  createUser,
  deleteUser,
  findUserByName,
  getUser,
  listUsers,
  mayAccessAthlete,
  setCoachAthletes,
  updateUser,
  viewUser,
} from "../../src/storage/users.js";
import { BACKENDS, type Place } from "./backends.js";

const now = "2026-12-02T07:00:00.000Z";
const later = "2026-12-03T07:00:00.000Z";

async function rows(store: Store, table: "users" | "coach_athletes" | "auth_sessions" | "api_tokens") {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(BACKENDS)("accounts on $name", (backend) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await backend.fresh();
    store = await openStore(place.location);
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  const add = (name: string, role: "owner" | "coach" | "athlete", athleteId: number | null = null) =>
    createUser(store.db, { name, passwordHash: `hash-of-${name}`, role, athleteId, now });

  it("creates users, finds them without regard to case and refuses a taken name in any case", async () => {
    expect(await countUsers(store.db)).toBe(0);
    const ann = await add("Ann", "owner");
    expect(ann).toEqual({ id: ann.id, name: "Ann", role: "owner", athleteId: null, createdAt: now });
    expect(await findUserByName(store.db, "aNN")).toEqual({ ...ann, passwordHash: "hash-of-Ann" });
    expect(await findUserByName(store.db, "bob")).toBeNull();
    await expect(add("ANN", "coach")).rejects.toBeInstanceOf(ConflictError);
    expect(await countUsers(store.db)).toBe(1);
    expect(await getUser(store.db, ann.id)).toEqual(ann);
    expect(await getUser(store.db, ann.id + 100)).toBeNull();
  });

  it("gives owners every athlete, coaches their assigned ones and their own, athletes only their own", async () => {
    const [a, b, c] = [
      await createAthlete(store.db, "alice", "kg"),
      await createAthlete(store.db, "bea", "kg"),
      await createAthlete(store.db, "cleo", "lb"),
    ];
    if (!a || !b || !c) throw new Error("athletes");
    const owner = await add("owner", "owner");
    const coach = await add("coach", "coach", c.id);
    const lifter = await add("alice", "athlete", a.id);
    await setCoachAthletes(store.db, coach.id, [b.id, b.id]);

    expect((await viewUser(store.db, owner)).athletes).toEqual(["alice", "bea", "cleo"]);
    expect(await viewUser(store.db, coach)).toMatchObject({ athlete: "cleo", athletes: ["bea", "cleo"] });
    expect(await viewUser(store.db, lifter)).toMatchObject({ athlete: "alice", athletes: ["alice"] });
    for (const [user, allowed] of [
      [owner, [a.id, b.id, c.id]],
      [coach, [b.id, c.id]],
      [lifter, [a.id]],
    ] as const) {
      for (const athlete of [a, b, c]) {
        expect(await mayAccessAthlete(store.db, user, athlete.id)).toBe(allowed.includes(athlete.id));
      }
    }
    expect((await listUsers(store.db)).map((u) => u.name)).toEqual(["alice", "coach", "owner"]);

    // Replacing assignments, and a coach turned athlete loses them.
    await setCoachAthletes(store.db, coach.id, [a.id]);
    expect(await mayAccessAthlete(store.db, coach, b.id)).toBe(false);
    expect(await mayAccessAthlete(store.db, coach, a.id)).toBe(true);
    await updateUser(store.db, coach.id, { role: "athlete" });
    expect(await rows(store, "coach_athletes")).toBe(0);
    expect((await getUser(store.db, coach.id))?.role).toBe("athlete");
  });

  it("deleting an athlete unlinks their users and coach assignments, and still removes all their data", async () => {
    const athlete = await createAthlete(store.db, "alice", "kg");
    await addSession(store.db, athlete.id, { date: "2026-11-02", exercises: [] }, "kg");
    const lifter = await add("alice", "athlete", athlete.id);
    const coach = await add("coach", "coach");
    await setCoachAthletes(store.db, coach.id, [athlete.id]);
    await deleteAthlete(store.db, athlete);
    expect(await getUser(store.db, lifter.id)).toMatchObject({ athleteId: null });
    expect(await viewUser(store.db, coach)).toMatchObject({ athletes: [] });
    expect(await rows(store, "coach_athletes")).toBe(0);
    expect(await rows(store, "users")).toBe(2);
    const sessions = await store.db.selectFrom("sessions").selectAll().execute();
    expect(sessions).toEqual([]);
  });

  it("never removes or demotes the last owner", async () => {
    const ann = await add("ann", "owner");
    const bob = await add("bob", "coach");
    await expect(deleteUser(store.db, ann.id)).rejects.toThrow(/last owner/);
    await expect(updateUser(store.db, ann.id, { role: "coach" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getUser(store.db, ann.id))?.role).toBe("owner");
    await updateUser(store.db, bob.id, { role: "owner" });
    await updateUser(store.db, ann.id, { role: "athlete" });
    await expect(deleteUser(store.db, bob.id)).rejects.toBeInstanceOf(ConflictError);
    await deleteUser(store.db, ann.id);
    expect((await listUsers(store.db)).map((u) => u.name)).toEqual(["bob"]);
    await expect(deleteUser(store.db, ann.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUser(store.db, ann.id, { passwordHash: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("two owners removed at once leave one", async () => {
    const ann = await add("ann", "owner");
    const bob = await add("bob", "owner");
    const results = await Promise.allSettled([deleteUser(store.db, ann.id), deleteUser(store.db, bob.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await rows(store, "users")).toBe(1);
  });

  it("changes a password hash and the linked athlete", async () => {
    const athlete = await createAthlete(store.db, "alice", "kg");
    const ann = await add("ann", "owner");
    await updateUser(store.db, ann.id, { passwordHash: "new", athleteId: athlete.id });
    expect(await findUserByName(store.db, "ann")).toMatchObject({
      passwordHash: "new",
      athleteId: athlete.id,
    });
    await updateUser(store.db, ann.id, { athleteId: null });
    expect(await getUser(store.db, ann.id)).toMatchObject({ athleteId: null });
  });

  it("keeps sessions until they expire, touches them, and signs out one or everywhere", async () => {
    const ann = await add("ann", "owner");
    const session = (idHash: string, expiresAt = later) => ({
      idHash,
      userId: ann.id,
      csrf: `csrf-${idHash}`,
      now,
      expiresAt,
      address: "127.0.0.1",
      userAgent: "test",
    });
    await createAuthSession(store.db, session("a"));
    await createAuthSession(store.db, session("b"));
    await createAuthSession(store.db, session("c"));
    expect(await findAuthSession(store.db, "a", now)).toEqual({
      user: ann,
      csrf: "csrf-a",
      expiresAt: later,
      lastUsedAt: now,
    });
    expect(await findAuthSession(store.db, "a", later)).toBeNull();
    expect(await findAuthSession(store.db, "zz", now)).toBeNull();
    await touchAuthSession(store.db, "a", { now: later, expiresAt: "2026-12-10T00:00:00.000Z" });
    expect(await findAuthSession(store.db, "a", later)).toMatchObject({ lastUsedAt: later });
    await deleteAuthSession(store.db, "b");
    expect(await findAuthSession(store.db, "b", now)).toBeNull();
    await deleteUserAuthSessions(store.db, ann.id, "a");
    expect(await findAuthSession(store.db, "c", now)).toBeNull();
    expect(await findAuthSession(store.db, "a", now)).not.toBeNull();
    await deleteUserAuthSessions(store.db, ann.id);
    expect(await rows(store, "auth_sessions")).toBe(0);
  });

  it("drops a user's expired sessions when they sign in again", async () => {
    const ann = await add("ann", "owner");
    const base = { userId: ann.id, csrf: "c", address: null, userAgent: null };
    await createAuthSession(store.db, { ...base, idHash: "old", now, expiresAt: later });
    await createAuthSession(store.db, {
      ...base,
      idHash: "new",
      now: later,
      expiresAt: "2027-01-01T00:00:00.000Z",
    });
    expect(await rows(store, "auth_sessions")).toBe(1);
  });

  it("finds tokens by hash, lists and revokes only the user's own", async () => {
    const ann = await add("ann", "owner");
    const bob = await add("bob", "coach");
    const { id } = await createApiToken(store.db, { userId: ann.id, name: "script", tokenHash: "h1", now });
    await createApiToken(store.db, { userId: bob.id, name: "phone", tokenHash: "h2", now });
    expect(await findApiToken(store.db, "h1")).toEqual({ id, user: ann });
    expect(await findApiToken(store.db, "nope")).toBeNull();
    await touchApiToken(store.db, id, later);
    expect(await listApiTokens(store.db, ann.id)).toEqual([
      { id, name: "script", createdAt: now, lastUsedAt: later },
    ]);
    expect(await deleteApiToken(store.db, bob.id, id)).toBe(false);
    expect(await deleteApiToken(store.db, ann.id, id)).toBe(true);
    expect(await findApiToken(store.db, "h1")).toBeNull();
    await expect(
      createApiToken(store.db, { userId: bob.id, name: "again", tokenHash: "h2", now }),
    ).rejects.toThrow();
  });

  it("removing a user removes their sessions, tokens and assignments", async () => {
    const athlete = await createAthlete(store.db, "alice", "kg");
    await add("ann", "owner");
    const bob = await add("bob", "coach");
    await setCoachAthletes(store.db, bob.id, [athlete.id]);
    await createAuthSession(store.db, {
      idHash: "s",
      userId: bob.id,
      csrf: "c",
      now,
      expiresAt: later,
      address: null,
      userAgent: null,
    });
    await createApiToken(store.db, { userId: bob.id, name: "t", tokenHash: "h", now });
    await deleteUser(store.db, bob.id);
    for (const table of ["coach_athletes", "auth_sessions", "api_tokens"] as const) {
      expect(await rows(store, table)).toBe(0);
    }
  });

  it("lists the audit log newest first, page by page", async () => {
    for (let i = 0; i < 5; i++) {
      await recordAudit(store.db, {
        at: `2026-12-02T07:00:0${i}.000Z`,
        event: "login",
        username: `u${i}`,
        address: "::1",
      });
    }
    await recordAudit(store.db, {
      at: later,
      event: "user-added",
      username: "bob",
      actor: "cli",
      detail: "role coach",
    });
    const first = await listAudit(store.db, { limit: 4 });
    expect(first.rows.map((r) => r.username)).toEqual(["bob", "u4", "u3", "u2"]);
    expect(first.rows[0]).toMatchObject({
      at: later,
      event: "user-added",
      actor: "cli",
      address: null,
      detail: "role coach",
    });
    expect(first.next).not.toBeNull();
    const second = await listAudit(store.db, { limit: 4, cursor: first.next ?? "" });
    expect(second.rows.map((r) => r.username)).toEqual(["u1", "u0"]);
    expect(second.next).toBeNull();
    await expect(listAudit(store.db, { limit: 4, cursor: "abc" })).rejects.toThrow(/cursor/);
  });
});
