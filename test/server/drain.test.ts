// Stopping the server while a client that hung up still has a request reading the store: the
// store closes only after it, and nothing of that request reaches the store after (as `serve`
// does on SIGTERM).
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import type { KyselyPlugin } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/storage/store.js";
import { BACKENDS } from "../storage/backends.js";
import { addUser } from "./harness.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SET = JSON.stringify({ date: "2026-11-20", exercise: "barbell-hip-thrust", load: 60, reps: 5 });

describe.each(BACKENDS)("stopping the server on $name", (backend) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // The POST's body is never read (the client left first); the GET has none, so its handler is next.
  it.each([
    ["POST", "/api/athletes/ann/sets", SET],
    ["GET", "/api/athletes/ann/sessions", undefined],
  ])(
    "waits for the auth lookup of %s %s whose client hung up; nothing of it runs after",
    async (method, path, body) => {
      const place = await backend.fresh();
      const store = await openStore(place.location);
      const owner = await addUser(store, "owner", "owner");
      // A slow store: while `held` is set, the answer to a query waits for it.
      let held: Promise<void> | undefined;
      let release = () => {};
      let waiting = false;
      let closed = false;
      let lateQueries = 0;
      const slow: KyselyPlugin = {
        transformQuery({ node }) {
          if (closed) lateQueries++;
          return node;
        },
        async transformResult({ result }) {
          if (held) {
            waiting = true;
            await held;
          }
          return result;
        },
      };
      const app = await buildServer({ store: { ...store, db: store.db.withPlugin(slow) } });
      const errors = vi.spyOn(process.stderr, "write");
      try {
        await app.listen({ port: 0, host: "127.0.0.1" });
        const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        const headers = { ...owner, "content-type": "application/json" };
        const created = await fetch(`${url}/api/athletes`, {
          method: "POST",
          headers,
          body: '{"name":"ann"}',
        });
        expect(created.status).toBe(201);

        held = new Promise((resolve) => {
          release = resolve;
        });
        const abandoned = request(`${url}${path}`, { method, headers, agent: false });
        abandoned.on("error", () => {});
        abandoned.end(body);
        while (!waiting) await sleep(5);
        abandoned.destroy();

        await app.close();
        const done = app.requestsDone().then(() => "done");
        expect(await Promise.race([done, sleep(200).then(() => "still waiting")])).toBe("still waiting");
        held = undefined;
        release();
        expect(await done).toBe("done");
        closed = true;
        await store.close();
        await sleep(100);
        expect(lateQueries).toBe(0);
        expect(errors).not.toHaveBeenCalled();
      } finally {
        release();
        if (!closed) await store.close();
        await place.dispose();
      }
    },
  );
});
