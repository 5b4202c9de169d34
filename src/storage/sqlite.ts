import SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

/** How long a write waits for another process's write to finish before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Write transactions take the write lock when they begin (`BEGIN IMMEDIATE`), so a transaction
 * that reads and then writes waits for another process through busy_timeout instead of failing
 * with SQLITE_BUSY when that process wrote in between.
 */
class ImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/** SQLite's DDL is transactional: let the migrator wrap each run in one (immediate) transaction. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateDriver(this.settings);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Pause between attempts to switch a new store to WAL while another process does the same. */
const WAL_RETRY_MS = 25;

/**
 * Switches the file to WAL. Two processes opening a brand-new store at once race for this switch,
 * and SQLite can answer SQLITE_BUSY at once rather than through busy_timeout, so retry until the
 * same deadline; the winner's switch then shows as "wal" to the other.
 */
function enableWal(database: SqliteDatabase.Database, file: string): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      database.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith("SQLITE_BUSY");
      if (!busy) throw error;
      if (Date.now() >= deadline) {
        throw new Error(
          `the store ${file} stayed locked by another process for ${BUSY_TIMEOUT_MS / 1000} s`,
          {
            cause: error,
          },
        );
      }
      // Start-up only, before any request is served: a blocking pause is fine here.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_RETRY_MS);
    }
  }
}

export function sqliteDialect(file: string): SqliteDialect {
  const database = new SqliteDatabase(file);
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  enableWal(database, file);
  database.pragma("foreign_keys = ON");
  // FULL: an acknowledged write survives a power cut too, not only a killed process.
  database.pragma("synchronous = FULL");
  return new ImmediateSqliteDialect({ database });
}
