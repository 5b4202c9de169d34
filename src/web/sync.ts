// Sends the outbox to the server in order whenever there is a connection: at start, when the
// browser comes back online, after each new change, and every 30 s while something is pending.
import { ApiError, api, athletePath, OfflineError } from "./api.js";
import { type OutboxItem, onOutboxChange, outboxItems, outboxUser, putItem, removeItem } from "./outbox.js";

let running: Promise<void> | null = null;
const doneListeners = new Set<() => void>();

/** Called after a flush that sent something, so screens can re-read the server. */
export function onSynced(listener: () => void): () => void {
  doneListeners.add(listener);
  return () => doneListeners.delete(listener);
}

async function send(item: OutboxItem): Promise<void> {
  const base = athletePath(item.athlete);
  switch (item.kind) {
    case "create":
      await api(`${base}/sets`, { method: "POST", body: item.set, headers: { "idempotency-key": item.id } });
      return;
    case "update":
      await api(`${base}/sets/${item.setId}`, { method: "PUT", body: item.set });
      return;
    case "delete":
      try {
        await api(`${base}/sets/${item.setId}`, { method: "DELETE" });
      } catch (error) {
        // Already gone is what a delete wants.
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      return;
    case "readiness":
      await api(`${base}/days/${item.date}/readiness`, { method: "PUT", body: item.readiness });
      return;
  }
}

async function flushOnce(): Promise<void> {
  const user = outboxUser();
  if (user === null) return; // signed out: the changes wait for their author
  let sent = 0;
  for (const item of await outboxItems()) {
    // Signed out (or another user signed in) while this flush ran: the rest waits for its author.
    if (outboxUser() !== user) break;
    if (item.rejected) continue;
    try {
      await send(item);
    } catch (error) {
      if (error instanceof OfflineError) break;
      if (
        error instanceof ApiError &&
        (error.status === 401 || error.status === 403 || error.status >= 500)
      ) {
        break; // signed out, or the server is in trouble: keep everything and try later
      }
      if (error instanceof ApiError) {
        await putItem({ ...item, rejected: error.message });
        continue;
      }
      throw error;
    }
    await removeItem(item.id);
    sent++;
  }
  if (sent > 0) for (const listener of doneListeners) listener();
}

let again = false;
export function flush(): Promise<void> {
  if (running) {
    again = true; // a change arrived mid-flush: go round once more
    return running;
  }
  running = flushOnce().finally(() => {
    running = null;
    if (again) {
      again = false;
      void flush();
    }
  });
  return running;
}

export function startSync(): void {
  window.addEventListener("online", () => void flush());
  onOutboxChange(() => {
    if (navigator.onLine) void flush();
  });
  setInterval(() => void flush(), 30_000);
  void flush();
}
