// An in-process server on a fresh store of one backend, for the API suites.
import type { FastifyInstance, InjectOptions } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { openStore, type Store } from "../../src/storage/store.js";
import type { Place, TestBackend } from "../storage/backends.js";

export interface Harness {
  app: FastifyInstance;
  store: Store;
  place: Place;
  /** Sends a request; `body` objects go as JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer that the assertions inspect.
  call(method: InjectOptions["method"], url: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function harness(backend: TestBackend): Promise<Harness> {
  const place = await backend.fresh();
  const store = await openStore(place.location);
  const app = await buildServer({ store });
  return {
    app,
    store,
    place,
    async call(method, url, body) {
      const res = await app.inject({ method, url, ...(body !== undefined && { payload: body as object }) });
      const type = String(res.headers["content-type"] ?? "");
      return { status: res.statusCode, body: type.includes("json") ? res.json() : res.body };
    },
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
