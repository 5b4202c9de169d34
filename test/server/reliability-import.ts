// Large import files and real `hipthrust import` processes for the import reliability suite.
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Store } from "../../src/storage/store.js";
import type { Place } from "../storage/backends.js";

const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));
export const SETS_PER_SESSION = 10;

/** A Strong export (no unit in it) of `rows` sets, ten to a workout, two workouts a day from 1990. */
export function writeStrongCsv(dir: string, rows: number): string {
  const lines = [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  ];
  const start = Date.UTC(1990, 0, 1);
  for (let r = 0; r < rows; r++) {
    const session = Math.floor(r / SETS_PER_SESSION);
    const day = new Date(start + Math.floor(session / 2) * 86_400_000).toISOString().slice(0, 10);
    const time = session % 2 ? "18:00:00" : "07:15:00";
    const exercise = r % SETS_PER_SESSION < 6 ? "Hip Thrust (Barbell)" : "Romanian Deadlift (Barbell)";
    const set = (r % SETS_PER_SESSION) + 1;
    lines.push(`${day} ${time},Lower,1h,${exercise},${set},${40 + (r % 50)},${5 + (r % 8)},0,0,,,8`);
  }
  const file = join(dir, `strong-${rows}.csv`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

export interface ImportProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `hipthrust import FILE --unit kg --athlete NAME [--create]` on the place's store. */
export function startImport(place: Place, file: string, athlete: string, create: boolean): ImportProcess {
  const args = [BIN, "import", file, "--unit", "kg", "--athlete", athlete, ...(create ? ["--create"] : [])];
  const child = spawn(process.execPath, [...args, ...place.flags], {
    env: place.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}

export interface ImportState {
  /** Athletes of that name anyone can see. */
  visibleAthletes: number;
  /** Their sessions anyone can see. */
  visibleSessions: number;
  /** Rows of unfinished imports (unseen by every read). */
  pendingSessions: number;
  pendingAthletes: number;
  imports: number;
}

const count = async (store: Store, query: ReturnType<typeof sql<{ n: number }>>) =>
  Number((await query.execute(store.db)).rows[0]?.n ?? 0);

export async function importState(store: Store, athlete: string): Promise<ImportState> {
  return {
    visibleAthletes: await count(
      store,
      sql`select count(*) as n from athletes where name = ${athlete} and import_id is null`,
    ),
    visibleSessions: await count(
      store,
      sql`select count(*) as n from sessions s join athletes a on a.id = s.athlete_id
          where a.name = ${athlete} and a.import_id is null and s.import_id is null`,
    ),
    pendingSessions: await count(store, sql`select count(*) as n from sessions where import_id is not null`),
    pendingAthletes: await count(store, sql`select count(*) as n from athletes where import_id is not null`),
    imports: await count(store, sql`select count(*) as n from imports`),
  };
}
