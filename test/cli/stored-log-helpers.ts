// Runs CLI commands in-process on a fresh store, capturing what they print.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main.js";
import { openStore } from "../../src/storage/store.js";
import type { Place, TestBackend } from "../storage/backends.js";

export interface Cli {
  place: Place;
  /** A scratch directory for input files; the working directory of the commands. */
  dir: string;
  file(name: string, content: unknown): string;
  hipthrust(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Rows per table: a change in any of them shows. */
  counts(): Promise<Record<string, number>>;
  dispose(): Promise<void>;
}

export async function cli(backend: TestBackend): Promise<Cli> {
  const place = await backend.fresh();
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-cli-"));
  return {
    place,
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
      return path;
    },
    async hipthrust(...argv) {
      let stdout = "";
      let stderr = "";
      const code = await run(argv, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env: place.env,
        cwd: dir,
        now: () => new Date(2026, 10, 20, 9, 30),
      });
      return { code, stdout, stderr };
    },
    async counts() {
      const store = await openStore(place.location);
      try {
        const out: Record<string, number> = {};
        for (const table of [
          "athletes",
          "profiles",
          "sessions",
          "exercise_entries",
          "sets",
          "plans",
        ] as const) {
          const row = await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow();
          out[table] = Number(row.n);
        }
        return out;
      } finally {
        await store.close();
      }
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
      await place.dispose();
    },
  };
}

export const PROFILE = {
  unit: "kg",
  experience: "intermediate",
  goal: "hypertrophy",
  daysPerWeek: 3,
  equipment: ["barbell", "plates", "bench"],
};
