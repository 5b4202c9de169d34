import { InputError } from "../contract/errors.js";

export { InputError };

type SystemError = Error & {
  code?: string;
  port?: number;
  address?: string;
  path?: string;
  hostname?: string;
  syscall?: string;
};

/** The error and the errors it wraps (`cause`), outermost first. */
function chain(error: unknown): SystemError[] {
  const out: SystemError[] = [];
  let current: unknown = error;
  while (current instanceof Error && out.length < 10) {
    out.push(current as SystemError);
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** Where the store is, for messages: the CLI passes `--data`/`DATABASE_URL` as it resolved them. */
export interface StoreContext {
  where?: string;
}

/**
 * One line naming the cause and the fix for the ways the environment fails a command (a busy
 * port, a store that is not a directory or not a database, PostgreSQL that cannot be reached),
 * or null for anything else.
 */
export function environmentMessage(error: unknown, context: StoreContext = {}): string | null {
  const where = context.where ?? "the store";
  for (const e of chain(error)) {
    const code = e.code ?? "";
    const message = e.message ?? "";
    if (code === "EADDRINUSE")
      return `port ${e.port ?? ""} on ${e.address ?? "this host"} is already in use; stop what uses it or pick another with --port`;
    if (code === "EADDRNOTAVAIL" && e.syscall === "listen")
      return `cannot listen on ${e.address ?? "that address"}: it is not an address of this machine; use --host 127.0.0.1 or 0.0.0.0`;
    if (code === "EACCES" && e.syscall === "listen")
      return `port ${e.port ?? ""} needs administrator rights; pick a port from 1024 up with --port`;
    if (code === "ENOTDIR" || (code === "EEXIST" && e.syscall === "mkdir"))
      return `${e.path ?? where} is a file, not a directory; --data (or HIPTHRUST_DATA) must name a directory`;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      return `cannot write ${e.path ?? where} (${code}); give a directory you may write with --data`;
    if (code === "ENOSPC") return `the disk holding ${e.path ?? where} is full; free some space and retry`;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      return `${where} is not a readable hipthrust database (${message}); restore it from a backup, or move it aside to start a new store`;
    if (code === "SQLITE_CANTOPEN")
      return `cannot open the database ${where}; check that its directory exists and may be written`;
    if (code === "SQLITE_READONLY")
      return `the database ${where} is read-only; give it write permission or use another --data`;
    if (code.startsWith("SQLITE_BUSY") || /stayed locked/.test(message))
      return `${where} is locked by another hipthrust process; retry when it has finished`;
    if (code === "SQLITE_FULL") return `the disk holding ${where} is full; free some space and retry`;
    if (code === "ERR_INVALID_URL" || /Invalid URL|invalid connection string/i.test(message))
      return "DATABASE_URL is not a valid connection string; expected postgres://USER@HOST:5432/DATABASE";
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH")
      return `cannot reach PostgreSQL at ${where} (${code}); start it, or fix the host and port in DATABASE_URL`;
    if (
      code === "ETIMEDOUT" ||
      /timeout exceeded when trying to connect|Connection terminated/i.test(message)
    )
      return `PostgreSQL at ${where} did not answer in time; check that it runs and DATABASE_URL's host and port`;
    if (code === "28P01" || code === "28000")
      return `PostgreSQL refused the login (${message}); fix the user or password in DATABASE_URL`;
    if (code === "53300")
      return `PostgreSQL at ${where} has no free connections (too many clients); retry, or raise its max_connections`;
    if (code === "3D000") return `${message} on the PostgreSQL server; create it or fix DATABASE_URL`;
    if (code === "3F000") return `${message}; create the schema or fix search_path in DATABASE_URL`;
  }
  return null;
}

export function describeError(error: unknown, context: StoreContext = {}): { code: number; message: string } {
  if (error instanceof InputError) return { code: 2, message: error.message };
  const environment = environmentMessage(error, context);
  if (environment) return { code: 1, message: environment };
  // Unexpected: the message alone; the stack only when asked for, so users see one line.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 1, message };
}
