import SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
} from "kysely";
import { BusyError } from "./errors.js";
import { WalSync } from "./wal-sync.js";

/**
 * How long SQLite itself waits for another process's write lock: not at all. better-sqlite3 waits
 * synchronously, which stalls every request of the server (5 ms a try added tens of ms to health
 * beside a waiting writer); the waits happen below, off the event loop, with the connection free.
 */
const BUSY_TIMEOUT_MS = 0;
/** How long a statement keeps retrying a locked store before giving up (the server answers 503). */
export const LOCK_DEADLINE_MS = 10_000;
/** Pauses between retries grow to this. Imports pause longer between batches, so writers get in. */
const MAX_PAUSE_MS = 16;
/** Prepared statements kept for reuse; the app has a few dozen distinct queries. */
const STATEMENT_CACHE = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") === true;

/** Serialises use of the one connection; waiting is a promise, never a blocked thread. */
class Mutex {
  private queue: (() => void)[] = [];
  private locked = false;
  async lock(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }
  unlock(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.locked = false;
  }
}

class Connection implements DatabaseConnection {
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  /** Statements run that may have changed data (everything but reads): see `version`. */
  writes = 0;
  /** A commit happened since the connection was acquired: its holder waits for the WAL sync. */
  committed = false;
  constructor(
    private readonly db: SqliteDatabase.Database,
    private readonly mutex: Mutex,
    private readonly deadlineMs: number,
  ) {}

  private prepare(sql: string): SqliteDatabase.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private run(query: CompiledQuery): QueryResult<unknown> {
    const statement = this.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(...parameters) };
    this.writes++;
    const { changes, lastInsertRowid } = statement.run(...parameters);
    if (!this.db.inTransaction) this.committed = true;
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  /**
   * Runs the statement; while another process holds the write lock, retries with growing pauses
   * until the deadline. Outside a transaction the connection is released during each pause, so
   * reads and health checks go on meanwhile.
   */
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + this.deadlineMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
      try {
        return this.run(query) as QueryResult<R>;
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (Date.now() >= deadline) throw new BusyError(this.deadlineMs, error);
        const release = !this.db.inTransaction;
        if (release) this.mutex.unlock();
        await sleep(pause);
        if (release) await this.mutex.lock();
      }
    }
  }

  // biome-ignore lint/correctness/useYield: streaming is not used; the interface requires it.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not supported");
  }
}

/**
 * better-sqlite3 with reused prepared statements and lock waits off the event loop. Write
 * transactions take the write lock when they begin (`BEGIN IMMEDIATE`), so a transaction that
 * reads and then writes waits for another process instead of failing when that process wrote in
 * between.
 */
export class SqliteStoreDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly connection: Connection;
  private readonly walSync: WalSync;
  constructor(
    private readonly db: SqliteDatabase.Database,
    deadlineMs: number,
  ) {
    this.connection = new Connection(db, this.mutex, deadlineMs);
    this.walSync = new WalSync(`${db.name}-wal`);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    return this.connection;
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }
  /** Frees the connection for the next caller first, then waits until its commits are on disk. */
  async releaseConnection(): Promise<void> {
    const committed = this.connection.committed;
    this.connection.committed = false;
    this.mutex.unlock();
    if (committed) await this.walSync.durable();
  }
  async destroy(): Promise<void> {
    await this.walSync.close();
    this.db.close();
  }
  /**
   * Changes whenever the data may have changed: SQLite's data_version moves when another process
   * commits, and this process counts its own writes. Read it before the data it keys.
   */
  version(): string {
    return `${this.db.pragma("data_version", { simple: true })}.${this.connection.writes}`;
  }
}

/** SQLite's DDL is transactional: let the migrator wrap each run in one (immediate) transaction. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class StoreSqliteDialect extends SqliteDialect {
  readonly driver: SqliteStoreDriver;
  constructor(database: SqliteDatabase.Database, deadlineMs: number) {
    super({ database });
    this.driver = new SqliteStoreDriver(database, deadlineMs);
  }
  override createDriver(): Driver {
    return this.driver;
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
 * deadline; the winner's switch then shows as "wal" to the other.
 */
function enableWal(database: SqliteDatabase.Database, file: string): void {
  const deadline = Date.now() + LOCK_DEADLINE_MS;
  for (;;) {
    try {
      database.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= deadline) {
        throw new Error(
          `the store ${file} stayed locked by another process for ${LOCK_DEADLINE_MS / 1000} s`,
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

export function sqliteDialect(file: string, deadlineMs = LOCK_DEADLINE_MS): StoreSqliteDialect {
  const database = new SqliteDatabase(file);
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  enableWal(database, file);
  database.pragma("foreign_keys = ON");
  // NORMAL, with every commit synced by WalSync before it is acknowledged: an acknowledged write
  // survives a power cut too, not only a killed process.
  database.pragma("synchronous = NORMAL");
  return new StoreSqliteDialect(database, deadlineMs);
}
