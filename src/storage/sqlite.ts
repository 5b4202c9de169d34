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

export function sqliteDialect(file: string): SqliteDialect {
  const database = new SqliteDatabase(file);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // FULL: an acknowledged write survives a power cut too, not only a killed process.
  database.pragma("synchronous = FULL");
  return new ImmediateSqliteDialect({ database });
}
