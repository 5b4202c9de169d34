// Issue 10's budget for the request path: POST set through hipthrust's server (auth, validation,
// idempotency, the store's transaction) against a bare Fastify + better-sqlite3 server doing one
// insert with the same durability (every acknowledged write synced to disk: FULL there, NORMAL plus
// a WAL sync before the answer here), and GET …/next (two years of history)
// p50/p99. Both are real processes on SQLite, autocannon on 127.0.0.1 with 10 connections; rounds
// alternate and the medians of the rounds are printed. Budget: POST ≥ 0.5× bare, GET next p99 < 50 ms.
// Run: npm run build && npx tsx bench/api-vs-bare.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type autocannon from "autocannon";
import { sql } from "kysely";
import { hashPassword } from "../src/auth/passwords.js";
import { newOpaqueToken, sha256 } from "../src/auth/tokens.js";
import { addDays } from "../src/core/dates.js";
import { computeNext } from "../src/server/next-answer.js";
import { createApiToken } from "../src/storage/api-tokens.js";
import { createAthlete, findAthlete } from "../src/storage/athletes.js";
import { saveProfile } from "../src/storage/profiles.js";
import { importSessions } from "../src/storage/sessions.js";
import { openStore } from "../src/storage/store.js";
import { createUser } from "../src/storage/users.js";
import { failures, load, type Served, serve, served } from "./api-process.js";
import { machine, median } from "./machine.js";
import { asImport, BENCH_PROFILE, benchSet, history } from "./next-history.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;
const END = "2026-11-20";

/**
 * Milliseconds to compute one GET next answer for the reader from the store, as the server does
 * when its cached answer is gone (after any write): medians of 30, in this process.
 */
async function computedNextMs(dataDir: string): Promise<number> {
  const store = await openStore({ dataDir });
  try {
    const reader = (await findAthlete(store.db, "reader")) as { id: number };
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      await computeNext(store, reader.id, BENCH_PROFILE, addDays(END, 3));
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await store.close();
  }
}

/** The store ours serves: a reader with two years of history, a writer, an owner with a token. */
async function seed(dataDir: string): Promise<string> {
  const store = await openStore({ dataDir });
  try {
    const reader = await createAthlete(store.db, "reader", "kg");
    await saveProfile(store.db, reader.id, BENCH_PROFILE);
    await importSessions(store.db, reader.id, asImport(history(2, END)), "kg");
    const writer = await createAthlete(store.db, "writer", "kg");
    await saveProfile(store.db, writer.id, BENCH_PROFILE);
    const now = new Date().toISOString();
    const owner = await createUser(store.db, {
      name: "owner",
      passwordHash: await hashPassword("bench-password"),
      role: "owner",
      now,
    });
    const token = newOpaqueToken("ht_");
    await createApiToken(store.db, { userId: owner.id, name: "bench", tokenHash: sha256(token), now });
    await sql`analyze`.execute(store.db);
    return token;
  } finally {
    await store.close();
  }
}

function serveBare(dir: string): Promise<Served> {
  const script = fileURLToPath(new URL("./api-bare-server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return served(child);
}

function postSets(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  let n = 0;
  return load({
    url,
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
  });
}

const dir = mkdtempSync(join(tmpdir(), "hipthrust-bench-bare-"));
const bareDir = mkdtempSync(join(tmpdir(), "hipthrust-bench-bare-"));
try {
  const token = await seed(dir);
  const computed = await computedNextMs(dir);
  const auth = { authorization: `Bearer ${token}` };
  const ours = await serve(["--data", dir], { ...process.env, DATABASE_URL: undefined });
  const bare = await serveBare(bareDir);
  const rows: Record<string, number[]> = {};
  const add = (key: string, value: number) => {
    rows[key] = [...(rows[key] ?? []), value];
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const mine = await postSets(`${ours.url}/api/athletes/writer/sets`, auth);
      const base = await postSets(`${bare.url}/sets`, {});
      const next = await load({
        url: `${ours.url}/api/athletes/reader/next?date=${addDays(END, 3)}`,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: auth,
      });
      for (const [name, result] of [
        ["ours POST set", mine],
        ["bare POST set", base],
        ["ours GET next", next],
      ] as const) {
        if (failures(result)) throw new Error(`${name}: ${failures(result)} requests failed`);
        add(`${name} req/s`, result.requests.average);
        add(`${name} p50`, result.latency.p50);
        add(`${name} p99`, result.latency.p99);
      }
      add("ratio", mine.requests.average / base.requests.average);
    }
  } finally {
    await ours.stop();
    await bare.stop();
  }
  const m = (key: string) => median(rows[key] ?? []);
  console.log(
    `API vs bare, SQLite (WAL, acknowledged writes on disk), ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s — ${machine()}`,
  );
  for (const name of ["ours POST set", "bare POST set", "ours GET next"]) {
    console.log(
      `${name.padEnd(14)} ${m(`${name} req/s`).toFixed(0).padStart(6)} req/s  latency p50 ${m(`${name} p50`)} ms, p99 ${m(`${name} p99`)} ms  (medians of rounds)`,
    );
  }
  const ratio = m("ratio");
  console.log(`POST set ours/bare: ${ratio.toFixed(2)}× (budget ≥ 0.5×: ${ratio >= 0.5 ? "met" : "MISSED"})`);
  const p99 = m("ours GET next p99");
  console.log(`GET next p99: ${p99} ms (budget < 50 ms: ${p99 < 50 ? "met" : "MISSED"})`);
  console.log(
    `GET next answers are reused until the next write; computing one (2 years of history, in-process): median ${computed.toFixed(1)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
}
