// The backends every storage and API suite runs against: SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set, each in a place of its own (a temp dir, or a fresh schema).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Backend, StoreLocation } from "../../src/storage/store.js";

export interface Place {
  location: StoreLocation;
  /** Environment for a child process (`bin/hipthrust`) to use this place. */
  env: Record<string, string | undefined>;
  /** CLI flags for the same. */
  flags: string[];
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: Backend;
  fresh(): Promise<Place>;
}

const sqlite: TestBackend = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "hipthrust-test-"));
    return {
      location: { dataDir: dir },
      env: { ...process.env, DATABASE_URL: undefined, HIPTHRUST_DATA: dir },
      flags: ["--data", dir],
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgres(baseUrl: string): TestBackend {
  return {
    name: "postgres",
    async fresh() {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set("options", `-c search_path=${schema}`);
      return {
        location: { databaseUrl: url.toString() },
        env: { ...process.env, DATABASE_URL: url.toString(), HIPTHRUST_DATA: undefined },
        flags: [],
        async dispose() {
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`drop schema ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

export const BACKENDS: TestBackend[] = process.env.TEST_DATABASE_URL
  ? [sqlite, postgres(process.env.TEST_DATABASE_URL)]
  : [sqlite];
