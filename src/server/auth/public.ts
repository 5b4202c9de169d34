// The routes anyone may call without signing in: listed here, one by one, so that a new route
// is private unless it is added to this table (test/server/auth-routes.test.ts walks them all).

/** Method and route pattern (as registered, e.g. `/api/exercises/:id`). */
export const PUBLIC_ROUTES: readonly (readonly [method: string, url: string])[] = [
  ["GET", "/api/health"],
  ["GET", "/api/auth/status"],
  ["POST", "/api/auth/setup"],
  ["POST", "/api/auth/login"],
  ["GET", "/api/exercises"],
  ["GET", "/api/exercises/:id"],
  ["GET", "/api/evidence"],
  ["GET", "/api/openapi.json"],
];

/** The API docs UI and its static files. */
const DOCS = "/api/docs";

/** Is this route open to anyone? Every path outside /api is: the app shell, its assets, /models, /wasm. */
export function isPublic(method: string, url: string): boolean {
  if (url !== "/api" && !url.startsWith("/api/")) return true;
  if (url === DOCS || url.startsWith(`${DOCS}/`)) return true;
  const asked = method === "HEAD" ? "GET" : method;
  return PUBLIC_ROUTES.some(([m, u]) => m === asked && u === url);
}

/** Routes only the owner may call (others get 403): managing users and reading the audit log. */
const OWNER_ONLY = ["/api/users", "/api/audit"];

export const isOwnerOnly = (url: string) =>
  OWNER_ONLY.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
