// Real server processes on a real store: killed mid-stream, two at once, stopped with SIGTERM.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS, type Place } from "../storage/backends.js";
import { inspect, post, type ServerProcess, startServer } from "./processes.js";

const set = (n: number) => ({
  date: "2026-11-20",
  exercise: "barbell-hip-thrust",
  load: 20 + (n % 1000),
  reps: 1 + (n % 30),
});

/** Posts sets one after another until told to stop or the server goes away; returns the acknowledged ones. */
async function stream(server: ServerProcess, athlete: string, first: number, stop: () => boolean) {
  const acked: { id: number; load: number; reps: number }[] = [];
  for (let n = first; !stop(); n++) {
    try {
      const res = await post(`${server.url}/api/athletes/${athlete}/sets`, set(n));
      if (res.status !== 201) throw new Error(`status ${res.status}: ${JSON.stringify(res.body)}`);
      acked.push({ id: res.body.set.id, ...set(n) });
    } catch (error) {
      if (server.child.exitCode !== null || server.child.signalCode !== null || server.child.killed) break;
      throw error;
    }
  }
  return acked;
}

describe.each(BACKENDS)("server processes on $name", (backend) => {
  let place: Place;
  const servers: ServerProcess[] = [];
  beforeEach(async () => {
    place = await backend.fresh();
  });
  afterEach(async () => {
    for (const s of servers.splice(0))
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
    await place.dispose();
  });

  it("keeps every acknowledged write when the process is SIGKILLed mid-stream", async () => {
    const server = await startServer(place);
    servers.push(server);
    expect((await post(`${server.url}/api/athletes`, { name: "ann" })).status).toBe(201);
    let total = 0;
    let killed = false;
    const writers = [0, 1, 2, 3].map((w) =>
      stream(server, "ann", w * 10_000, () => {
        if (!killed && ++total >= 200) {
          killed = true;
          server.child.kill("SIGKILL");
        }
        return false;
      }),
    );
    const acked = (await Promise.all(writers)).flat();
    expect((await server.exited).signal).toBe("SIGKILL");
    expect(acked.length).toBeGreaterThan(150);

    const after = await inspect(place);
    expect(after.integrity).toBe("ok");
    expect(after.orphans).toBe(0);
    for (const { id, load, reps } of acked) expect(after.sets.get(id), `set ${id}`).toEqual({ load, reps });
    expect(after.sessions).toBe(1);
  });

  it("lets two processes write to one store at the same time", async () => {
    const [a, b] = await Promise.all([startServer(place), startServer(place)]);
    if (!a || !b) throw new Error("unreachable");
    servers.push(a, b);
    expect((await post(`${a.url}/api/athletes`, { name: "ann" })).status).toBe(201);
    const per = 60;
    const writer = (server: ServerProcess, base: number) => {
      let n = 0;
      return stream(server, "ann", base, () => n++ >= per);
    };
    const acked = (
      await Promise.all([writer(a, 0), writer(a, 1000), writer(b, 2000), writer(b, 3000)])
    ).flat();
    expect(acked).toHaveLength(4 * per);
    const after = await inspect(place);
    expect(after.integrity).toBe("ok");
    expect(after.orphans).toBe(0);
    expect(after.sets.size).toBe(4 * per);
    // Both processes logged into the same day: still one session for it.
    expect(after.sessions).toBe(1);
  });

  it("stops cleanly on SIGTERM: in-flight writes finish, exit code 0, store consistent", async () => {
    const server = await startServer(place);
    servers.push(server);
    await post(`${server.url}/api/athletes`, { name: "ann" });
    const inFlight = Array.from({ length: 20 }, (_, n) =>
      post(`${server.url}/api/athletes/ann/sets`, set(n)).then(
        (res) => (res.status === 201 ? res.body.set.id : null),
        () => null,
      ),
    );
    await inFlight[0];
    server.child.kill("SIGTERM");
    const acked = (await Promise.all(inFlight)).filter((id): id is number => id !== null);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(acked.length).toBeGreaterThan(1);
    expect(server.stdout()).toContain("stopped");
    expect(server.stderr()).toBe("");
    const after = await inspect(place);
    expect(after.integrity).toBe("ok");
    expect(after.orphans).toBe(0);
    for (const id of acked) expect(after.sets.has(id)).toBe(true);
  });

  it("on SIGTERM, lets handlers of clients that hung up finish before closing the store", async () => {
    const server = await startServer(place);
    servers.push(server);
    await post(`${server.url}/api/athletes`, { name: "ann" });
    const abort = new AbortController();
    const abandoned = Array.from({ length: 30 }, (_, n) =>
      post(`${server.url}/api/athletes/ann/sets`, set(n), abort.signal).catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    abort.abort();
    await Promise.all(abandoned);
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe("");
    const after = await inspect(place);
    expect(after.integrity).toBe("ok");
    expect(after.orphans).toBe(0);
  });
});
