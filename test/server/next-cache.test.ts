// GET …/next answers are reused while the store is unchanged (SQLite): a write from the server
// itself (a set, a new profile) or from another process (the CLI on the same store) must show in
// the very next answer.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hipthrust } from "../cli/spawn.js";
import { BACKENDS, type Place } from "../storage/backends.js";
import { post, type ServerProcess, send, startServer } from "./processes.js";

const PROFILE = fileURLToPath(new URL("../../examples/profile-gym-hypertrophy.json", import.meta.url));
const DAY = "2026-11-25";

describe.each(BACKENDS)("GET next after writes on $name", (backend) => {
  let place: Place;
  let server: ServerProcess;
  beforeEach(async () => {
    place = await backend.fresh();
    expect((await hipthrust(place, ["profile", "set", PROFILE, "--athlete", "ann"])).code).toBe(0);
    server = await startServer(place);
  });
  afterEach(async () => {
    server.child.kill("SIGKILL");
    await server.exited;
    await place.dispose();
  });

  const next = async () => {
    const res = await send(`${server.url}/api/athletes/ann/next?date=${DAY}`, { headers: server.owner });
    expect(res.status).toBe(200);
    return res.body;
  };

  it("reflects a session the CLI logged while the server ran, a set the server took and a new profile", async () => {
    const first = await next();
    expect(await next()).toEqual(first);
    const logged = await hipthrust(place, [
      "log",
      "--athlete",
      "ann",
      "--date",
      "2026-11-21",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "100",
      "--reps",
      "10",
      "--rpe",
      "8",
    ]);
    expect(logged).toMatchObject({ code: 0, stderr: "" });
    const afterCli = await next();
    expect(afterCli).not.toEqual(first);
    expect(JSON.stringify(afterCli)).toContain("100");

    const res = await post(`${server.url}/api/athletes/ann/sets`, {
      date: "2026-11-23",
      exercise: "barbell-hip-thrust",
      load: 140,
      reps: 10,
      rpe: 8,
    });
    expect(res.status).toBe(201);
    const afterPost = await next();
    expect(afterPost).not.toEqual(afterCli);
    expect(JSON.stringify(afterPost)).toContain("140");

    const strength = { ...JSON.parse(readFileSync(PROFILE, "utf8")), goal: "strength" };
    const put = await send(`${server.url}/api/athletes/ann/profile`, {
      method: "PUT",
      body: strength,
      headers: server.owner,
    });
    expect(put.status).toBe(200);
    const afterProfile = await next();
    expect(afterProfile.reps).not.toEqual(afterPost.reps);
  });
});
