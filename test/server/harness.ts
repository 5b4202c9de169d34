// An in-process server on a fresh store of one backend, for the API suites. Accounts are on, as
// in production: the store gets an owner with an API token, which `call` sends by default.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { hashPassword } from "../../src/auth/passwords.js";
import { newOpaqueToken, sha256 } from "../../src/auth/tokens.js";
import { buildServer } from "../../src/server/app.js";
import { createApiToken } from "../../src/storage/api-tokens.js";
import { requireAthlete } from "../../src/storage/athletes.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { createUser, type Role, setCoachAthletes } from "../../src/storage/users.js";
import type { Place, TestBackend } from "../storage/backends.js";

/** Every test user's password. */
export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** Request headers that authenticate a user: a bearer token, or a session cookie and its CSRF token. */
export type Auth = Record<string, string>;

/**
 * Adds a user straight to the store (as `hipthrust user add` does) with an API token, linked to
 * an athlete and, for a coach, assigned athletes (those must exist); answers their bearer header.
 */
export async function addUser(
  store: Store,
  name: string,
  role: Role,
  links: { athlete?: string; athletes?: string[] } = {},
): Promise<Auth> {
  passwordHash ??= hashPassword(PASSWORD);
  const now = new Date().toISOString();
  const athleteId = links.athlete === undefined ? null : (await requireAthlete(store.db, links.athlete)).id;
  const user = await createUser(store.db, { name, passwordHash: await passwordHash, role, athleteId, now });
  if (links.athletes) {
    const ids = await Promise.all(links.athletes.map(async (a) => (await requireAthlete(store.db, a)).id));
    await setCoachAthletes(store.db, user.id, ids);
  }
  const token = newOpaqueToken("ht_");
  await createApiToken(store.db, { userId: user.id, name: "test", tokenHash: sha256(token), now });
  return { authorization: `Bearer ${token}` };
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON answer that the assertions inspect.
export type Answer = { status: number; body: any };

export interface Harness {
  app: FastifyInstance;
  store: Store;
  place: Place;
  /** The owner's bearer header, for requests made without `call`. */
  owner: Auth;
  /** Sends a request as the owner; `body` objects go as JSON. */
  call(method: InjectOptions["method"], url: string, body?: unknown): Promise<Answer>;
  /** The same as someone else, or anonymously (null). */
  callAs(auth: Auth | null, method: InjectOptions["method"], url: string, body?: unknown): Promise<Answer>;
  /** `app.inject` as the owner (their headers under any given ones). */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function harness(backend: TestBackend): Promise<Harness> {
  const place = await backend.fresh();
  const store = await openStore(place.location);
  const app = await buildServer({ store });
  const owner = await addUser(store, "owner", "owner");
  const callAs: Harness["callAs"] = async (auth, method, url, body) => {
    const res = await app.inject({
      method,
      url,
      headers: auth ?? {},
      ...(body !== undefined && { payload: body as object }),
    });
    const type = String(res.headers["content-type"] ?? "");
    return { status: res.statusCode, body: type.includes("json") ? res.json() : res.body };
  };
  return {
    app,
    store,
    place,
    owner,
    call: (method, url, body) => callAs(owner, method, url, body),
    callAs,
    inject: (options) => app.inject({ ...options, headers: { ...owner, ...options.headers } }),
    async close() {
      await app.close();
      await store.close();
      await place.dispose();
    },
  };
}

export const PROFILE = {
  unit: "kg",
  bodyweight: 70,
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
} as const;
