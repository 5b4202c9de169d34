// What accounts cost on the hottest write: requests per second of `POST …/sets` on one server
// built without auth (buildServer({ auth: false }), which exists for this comparison only), then
// with auth as the owner's API token, then as a coach's browser session (cookie + CSRF token, and
// the per-athlete check that the owner skips). One run each on a fresh SQLite store, the server in
// a process of its own (the built dist/), autocannon on 127.0.0.1, 10 connections × 10 s.
// Run: npm run build && npx tsx bench/auth-cost.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createAthlete } from "../src/storage/athletes.js";
import { saveProfile } from "../src/storage/profiles.js";
import { openStore } from "../src/storage/store.js";
import { addUser, PASSWORD } from "../test/server/harness.js";
import { machine } from "./machine.js";
import { BENCH_PROFILE, benchSet } from "./next-history.js";

const SECONDS = 10;
const CONNECTIONS = 10;
const DIST = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

// The server process: the built app on a store directory, with or without auth, no rate limit.
const SERVER = `
const { buildServer } = await import(${JSON.stringify(DIST("server/app.js"))});
const { openStore } = await import(${JSON.stringify(DIST("storage/store.js"))});
const store = await openStore({ dataDir: process.env.BENCH_DIR });
const app = await buildServer({ store, auth: process.env.BENCH_AUTH === "1", rateLimit: 0 });
console.log(await app.listen({ port: 0, host: "127.0.0.1" }));
process.on("SIGTERM", async () => { await app.close(); await store.close(); process.exit(0); });
`;

/** A fresh store with the athlete "writer", its owner (bearer header) and a coach assigned to it. */
async function seed(dir: string) {
  const store = await openStore({ dataDir: dir });
  try {
    const writer = await createAthlete(store.db, "writer", "kg");
    await saveProfile(store.db, writer.id, BENCH_PROFILE);
    const owner = await addUser(store, "owner", "owner");
    await addUser(store, "coach", "coach", { athletes: ["writer"] });
    return owner;
  } finally {
    await store.close();
  }
}

async function serve(dir: string, auth: boolean) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", SERVER], {
    env: { ...process.env, BENCH_DIR: dir, BENCH_AUTH: auth ? "1" : "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk) => resolve(String(chunk).trim()));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}; run \`npm run build\` first?`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners("exit");
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, stop };
}

/** The coach's browser session: cookie and CSRF header, as the web app sends them. */
async function coachSession(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "coach", password: PASSWORD }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: String(res.headers.get("set-cookie")).split(";")[0] as string, "x-csrf-token": csrfToken };
}

function postSets(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  let n = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${url}/api/athletes/writer/sets`,
        method: "POST",
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { "content-type": "application/json", ...headers },
        requests: [
          {
            setupRequest: (request) => {
              n++;
              const body = benchSet(n);
              return { ...request, body: JSON.stringify(body) };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

type Run = { label: string; auth: boolean; as: "none" | "owner" | "coach" };
const RUNS: Run[] = [
  { label: "no auth", auth: false, as: "none" },
  { label: "auth, owner's API token", auth: true, as: "owner" },
  { label: "auth, coach's cookie + CSRF", auth: true, as: "coach" },
];

console.log(
  `POST …/sets with and without auth, ${CONNECTIONS} connections × ${SECONDS} s, SQLite — ${machine()}`,
);
let base = 0;
for (const run of RUNS) {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-auth-bench-"));
  try {
    const owner = await seed(dir);
    const server = await serve(dir, run.auth);
    try {
      const headers = run.as === "owner" ? owner : run.as === "coach" ? await coachSession(server.url) : {};
      const result = await postSets(server.url, headers);
      const failed = result.non2xx + result.errors + result.timeouts;
      const rps = result.requests.average;
      if (base === 0) base = rps;
      console.log(
        `${run.label.padEnd(30)} ${String(Math.round(rps)).padStart(6)} req/s (${(rps / base).toFixed(2)}×)` +
          `  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
          `${failed ? `  ${failed} FAILED` : ""}`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
