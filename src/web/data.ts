// Reading the API from screens: a hook that loads, remembers the last good answer on the phone
// (so Today and the log still show offline), and reloads after the outbox syncs.
import { useCallback, useEffect, useState } from "react";
import { api, OfflineError } from "./api.js";
import { onSynced } from "./sync.js";

const PREFIX = "hipthrust:cache:";

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** The data shown is the phone's copy: the server could not be reached. */
  stale: boolean;
  reload: () => void;
}

function cached<T>(path: string): T | undefined {
  try {
    const text = localStorage.getItem(PREFIX + path);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

function remember(path: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + path, JSON.stringify(value));
  } catch {
    // Storage full: the cache is a convenience, the outbox is what must not be lost.
  }
}

export function forgetCache(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}

export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Omit<Loaded<T>, "reload">>({
    data: path ? cached<T>(path) : undefined,
    error: undefined,
    loading: path !== null,
    stale: false,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => onSynced(reload), [reload]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a reload of the same path.
  useEffect(() => {
    if (path === null) return;
    const abort = new AbortController();
    setState((s) => ({ ...s, data: s.data ?? cached<T>(path), loading: true }));
    api<T>(path, { signal: abort.signal })
      .then((data) => {
        remember(path, data);
        setState({ data, error: undefined, loading: false, stale: false });
      })
      .catch((error: Error) => {
        if (abort.signal.aborted) return;
        const copy = cached<T>(path);
        const offline = error instanceof OfflineError;
        setState({
          data: offline ? copy : undefined,
          error,
          loading: false,
          stale: offline && copy !== undefined,
        });
      });
    return () => abort.abort();
  }, [path, tick]);
  return { ...state, reload };
}

/** Today's date as the phone sees it (YYYY-MM-DD, local time): the gym's day, not UTC's. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
