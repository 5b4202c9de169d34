// Requests per second and latency of the HTTP API, on SQLite and on PostgreSQL: logging a set
// (POST …/sets) and `GET …/next` for an athlete with two years of history (3 sessions a week).
// A real server process (`bin/hipthrust serve`), autocannon on 127.0.0.1, 10 connections, 10 s each.
// Run: npm run build && npx tsx bench/api-throughput.ts   (PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set)
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type autocannon from "autocannon";
import { sql } from "kysely";
import pg from "pg";
import { addDays } from "../src/core/dates.js";
import { createAthlete } from "../src/storage/athletes.js";
import { saveProfile } from "../src/storage/profiles.js";
import { importSessions } from "../src/storage/sessions.js";
import { openStore, type StoreLocation } from "../src/storage/store.js";
import { load, serve } from "./api-process.js";
import { machine } from "./machine.js";
import { asImport, BENCH_PROFILE, benchSet, history } from "./next-history.js";

const SECONDS = 10;
const CONNECTIONS = 10;
const END = "2026-11-20";

async function seed(location: StoreLocation): Promise<void> {
  const store = await openStore(location);
  try {
    const reader = await createAthlete(store.db, "reader", "kg");
    await saveProfile(store.db, reader.id, BENCH_PROFILE);
    await importSessions(store.db, reader.id, asImport(history(2, END)), "kg");
    const writer = await createAthlete(store.db, "writer", "kg");
    await saveProfile(store.db, writer.id, BENCH_PROFILE);
    await sql`analyze`.execute(store.db); // as autovacuum keeps statistics on a live PostgreSQL
  } finally {
    await store.close();
  }
}

function run1(options: autocannon.Options): Promise<autocannon.Result> {
  return load({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

function report(label: string, result: autocannon.Result): void {
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${label.padEnd(28)} ${String(Math.round(result.requests.p50)).padStart(6)} req/s median` +
      ` (mean ${Math.round(result.requests.average)})  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
      `  ${result.requests.total} requests${failed ? `, ${failed} FAILED` : ""}`,
  );
}

async function run(label: string, location: StoreLocation, flags: string[], env: NodeJS.ProcessEnv) {
  await seed(location);
  const server = await serve(flags, env);
  try {
    let n = 0;
    const post = await run1({
      url: `${server.url}/api/athletes/writer/sets`,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (request) => {
            n++;
            const body = { ...benchSet(n), fullLockout: true, controlled: true, pain: 0 };
            return { ...request, body: JSON.stringify(body) };
          },
        },
      ],
    });
    report(`${label} POST set`, post);
    const next = await run1({ url: `${server.url}/api/athletes/reader/next?date=${addDays(END, 3)}` });
    report(`${label} GET next (2 years)`, next);
  } finally {
    await server.stop();
  }
}

console.log(`API throughput, ${CONNECTIONS} connections × ${SECONDS} s each — ${machine()}`);
const dir = mkdtempSync(join(tmpdir(), "hipthrust-bench-"));
try {
  await run("sqlite", { dataDir: dir }, ["--data", dir], { ...process.env, DATABASE_URL: undefined });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (base) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const url = new URL(base);
    url.searchParams.set("options", `-c search_path=${schema}`);
    await run("postgres", { databaseUrl: url.toString() }, [], {
      ...process.env,
      DATABASE_URL: url.toString(),
    });
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
} else {
  console.log("postgres skipped: set TEST_DATABASE_URL (or DATABASE_URL) to measure it");
}
