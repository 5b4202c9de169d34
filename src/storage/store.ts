import { Kysely, Migrator, sql } from "kysely";
import { prepareStoreFile } from "./location.js";
import { type Backend, migrationProvider } from "./migrations.js";
import type { Database } from "./schema.js";

export type { Backend };

/** Either a directory for the embedded database, or a PostgreSQL connection string. */
export type StoreLocation = { dataDir: string } | { databaseUrl: string };

export interface Store {
  db: Kysely<Database>;
  backend: Backend;
  /** The database file, or the PostgreSQL host and database (never the password). */
  where: string;
  close(): Promise<void>;
  /**
   * A value that changes whenever the data may have changed, read cheaply: answers computed from
   * the data can be reused while it stays the same. Absent where there is no such value (PostgreSQL).
   */
  version?: () => string;
}

export const DB_FILE = "hipthrust.db";

/** Opens the store and brings its schema up to date. Only the driver in use is loaded. */
export async function openStore(location: StoreLocation): Promise<Store> {
  let store: Store;
  if ("databaseUrl" in location) {
    const { postgresDialect } = await import("./postgres.js");
    const db = new Kysely<Database>({ dialect: postgresDialect(location.databaseUrl) });
    store = {
      db,
      backend: "postgres",
      where: withoutPassword(location.databaseUrl),
      close: () => db.destroy(),
    };
  } else {
    const { sqliteDialect } = await import("./sqlite.js");
    const file = prepareStoreFile(location.dataDir, DB_FILE);
    const dialect = sqliteDialect(file);
    const db = new Kysely<Database>({ dialect });
    store = {
      db,
      backend: "sqlite",
      where: file,
      close: () => db.destroy(),
      version: () => dialect.driver.version(),
    };
  }
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function withoutPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/**
 * The schema a PostgreSQL store lives in: the first of the connection's search_path (e.g. from
 * `?options=-c search_path=NAME`), created when missing, so that tables, migrations and their
 * bookkeeping all land there and two installations in two schemas of one database stay apart.
 */
async function postgresSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    path: string;
    user: string;
  }>`select current_setting('search_path') as path, current_user as user`.execute(db);
  const row = rows[0] as { path: string; user: string };
  const first = (row.path.split(",")[0] ?? "").trim().replace(/^"(.*)"$/, "$1");
  const schema = first === "$user" || first === "" ? row.user : first;
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return schema;
}

/** PostgreSQL's "schema … does not exist" (3F000) about a schema other than the store's own. */
function droppedElsewhere(error: unknown, ownSchema: string | undefined): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === "3F000" && ownSchema !== undefined && !String(message).includes(`"${ownSchema}"`);
}

async function migrate(store: Store): Promise<void> {
  const migrationTableSchema = store.backend === "postgres" ? await postgresSchema(store.db) : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.backend),
    ...(migrationTableSchema !== undefined && { migrationTableSchema }),
    // Helpers' migrations are named by helper and may land in any order.
    allowUnorderedMigrations: true,
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's migrator first looks for its tables through every schema of the database; a schema
  // dropped meanwhile by someone else (another installation, a test) fails that look with 3F000.
  for (let attempt = 1; error && droppedElsewhere(error, migrationTableSchema) && attempt <= 5; attempt++) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`cannot migrate the store at ${store.where} (migration ${failed}): ${String(error)}`, {
      cause: error,
    });
  }
}
