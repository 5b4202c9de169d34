// Changes to the log are saved on the phone first (IndexedDB), each with an id made on the phone,
// then sent in order. The id goes as `Idempotency-Key`, so a retry after a lost answer never stores
// a set twice. Nothing leaves the outbox until the server has answered for it.
import type { LoggedSet, Readiness } from "./types.js";

export interface NewSet extends LoggedSet {
  date: string;
  exercise: string;
  readiness?: Readiness;
}

export type OutboxItem = {
  /** Made on the phone; the Idempotency-Key of a create. */
  id: string;
  /** Who made the change: it is sent only while they are signed in (absent on older items). */
  username?: string;
  athlete: string;
  createdAt: number;
  /** The server's answer when it refused the change (4xx): kept and shown, not retried. */
  rejected?: string;
} & (
  | { kind: "create"; set: NewSet }
  | { kind: "update"; setId: number; set: LoggedSet }
  | { kind: "delete"; setId: number }
  | { kind: "readiness"; date: string; readiness: Readiness }
);

const DB = "hipthrust";
const STORE = "outbox";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = body(tx.objectStore(STORE));
      // Resolve on commit, not on the request: the write is durable only then.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const listeners = new Set<() => void>();
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function changed(): void {
  for (const listener of listeners) listener();
}

let owner: string | null = null;
/**
 * The user signed in on this phone (null when signed out). Their changes are the ones shown and
 * sent; another user's wait on the phone until that user signs in again.
 */
export function setOutboxUser(username: string | null): void {
  owner = username;
  changed();
}
export const outboxUser = (): string | null => owner;

/** The signed-in user's changes, oldest first; signed out, every change on the phone. */
export async function outboxItems(): Promise<OutboxItem[]> {
  const items = await run("readonly", (store) => store.getAll() as IDBRequest<OutboxItem[]>);
  return items
    .filter((item) => owner === null || item.username === undefined || item.username === owner)
    .sort((a, b) => a.createdAt - b.createdAt);
}

export async function putItem(item: OutboxItem): Promise<void> {
  const mine = item.username || !owner ? item : { ...item, username: owner };
  await run("readwrite", (store) => store.put(mine));
  changed();
}

export async function removeItem(id: string): Promise<void> {
  await run("readwrite", (store) => store.delete(id));
  changed();
}

/** A fresh id for a change; `crypto.randomUUID` needs a secure context, which plain HTTP on a LAN is not. */
export function newId(): string {
  if (typeof crypto.randomUUID === "function" && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

let clock = 0;
/** Strictly increasing, so two changes made in the same millisecond keep their order. */
export function stamp(): number {
  clock = Math.max(clock + 1, Date.now());
  return clock;
}
