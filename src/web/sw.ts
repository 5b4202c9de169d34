// The service worker keeps the app shell so the app opens offline. The API is never cached here:
// the log's safety is the IndexedDB outbox, and data screens keep their own last copy.
const VERSION = "hipthrust-shell-v1";

interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(answer: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: "install" | "activate", on: (event: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", on: (event: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}
const worker = self as unknown as WorkerScope;

const SHELL = ["/", "/manifest.webmanifest", "/icon.svg", "/icon-192.png"];

/** The shell and every asset it links (hashed names), read from the served index.html. */
async function shellFiles(): Promise<string[]> {
  const html = await (await fetch("/", { cache: "no-cache" })).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
  return [...SHELL, ...assets];
}

worker.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(VERSION);
      await cache.addAll(await shellFiles());
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== VERSION) await caches.delete(key);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== worker.location.origin) return;
  if (
    url.pathname.startsWith("/api/") ||
    url.pathname.startsWith("/models/") ||
    url.pathname.startsWith("/wasm/")
  )
    return;
  if (request.mode === "navigate") {
    // Network first so a new release shows at once; the cached shell when offline.
    event.respondWith(
      fetch(request)
        .then(async (answer) => {
          if (answer.ok) await (await caches.open(VERSION)).put("/", answer.clone());
          return answer;
        })
        .catch(async () => (await caches.match("/")) ?? Response.error()),
    );
    return;
  }
  // Hashed assets never change: cache first, and keep what is fetched (lazy screens).
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then(async (answer) => {
          if (answer.ok && url.pathname.startsWith("/assets/"))
            await (await caches.open(VERSION)).put(request, answer.clone());
          return answer;
        }),
    ),
  );
});
