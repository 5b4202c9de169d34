// Real `bin/hipthrust serve` processes for the reliability suites (they need a fresh `npm run build`).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openStore } from "../../src/storage/store.js";
import type { Place } from "../storage/backends.js";
import { type Auth, addUser } from "./harness.js";

const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The owner's bearer header, which `post` sends to this server ({} when started without one). */
  owner: Auth;
}

/** The owner's header of each running server, by origin. */
const owners = new Map<string, Auth>();

let started = 0;

/** An owner of the store for this server (one each, so that two servers on one store both have one). */
async function ownerOf(place: Place): Promise<Auth> {
  const name = `owner-${++started}`;
  const store = await openStore(place.location);
  try {
    return await addUser(store, name, "owner");
  } finally {
    await store.close();
  }
}

/** Starts `hipthrust serve` on the place, after adding an owner with a token unless `owner: false`. */
export async function startServer(
  place: Place,
  { flags = [], owner: withOwner = true }: { flags?: string[]; owner?: boolean } = {},
): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error("dist/ is missing: run `npm run build` before the process tests");
  const owner = withOwner ? await ownerOf(place) : {};
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...place.flags, ...flags], {
    env: place.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /serving on (http:\/\/\S+:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
  owners.set(new URL(url).origin, owner);
  return { child, url, stdout: () => out, stderr: () => err, exited, owner };
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON answer that the assertions inspect.
type Answer = { status: number; body: any };

export type Reply = Answer & { headers: Headers };

/** Any request over HTTP; `body` goes as JSON. */
export async function send(
  url: string,
  {
    method = "GET",
    body,
    headers = {},
  }: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json = (res.headers.get("content-type") ?? "").includes("json") && text !== "";
  return { status: res.status, body: json ? JSON.parse(text) : text, headers: res.headers };
}

/** A browser's view of one signed-in session: its cookie, and the CSRF token it sends on writes. */
export class Browser {
  cookie = "";
  csrf = "";
  /** `headers` go with every request, e.g. an X-Forwarded-For to a server with --trust-proxy. */
  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {}

  /** Signs in (or, with `setup`, creates the owner); answers the sign-in reply. */
  async signIn(username: string, password: string, setup = false): Promise<Reply> {
    const res = await send(`${this.base}/api/auth/${setup ? "setup" : "login"}`, {
      method: "POST",
      body: { username, password },
      headers: this.headers,
    });
    const cookie = res.headers.get("set-cookie");
    if (cookie) this.cookie = cookie.split(";")[0] as string;
    if (res.body?.csrfToken) this.csrf = res.body.csrfToken;
    return res;
  }

  /** A request with the cookie, and the CSRF header on writes unless `csrf: false`. */
  call(method: string, path: string, body?: unknown, { csrf = true } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...this.headers, cookie: this.cookie };
    if (csrf && method !== "GET") headers["x-csrf-token"] = this.csrf;
    return send(`${this.base}${path}`, { method, body, headers });
  }
}

/** Posts JSON as the owner of the server at `url`. */
export async function post(url: string, body: unknown, signal?: AbortSignal): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    signal,
    headers: { "content-type": "application/json", ...owners.get(new URL(url).origin) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

export interface Consistency {
  /** SQLite's integrity_check, or "ok" on PostgreSQL (which has none to ask). */
  integrity: string;
  /** Rows whose parent is missing. */
  orphans: number;
  sets: Map<number, { load: number; reps: number }>;
  sessions: number;
}

/** Opens the store as a new process would, and reads what a consistency check needs. */
export async function inspect(place: Place): Promise<Consistency> {
  const store = await openStore(place.location);
  try {
    let integrity = "ok";
    let orphans = 0;
    if (store.backend === "sqlite") {
      integrity = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows
        .map((r) => r.integrity_check)
        .join("; ");
      orphans += (await sql`pragma foreign_key_check`.execute(store.db)).rows.length;
    }
    const orphanSets = await store.db
      .selectFrom("sets")
      .leftJoin("exercise_entries as e", "e.id", "sets.entry_id")
      .select("sets.id")
      .where("e.id", "is", null)
      .execute();
    const orphanEntries = await store.db
      .selectFrom("exercise_entries as e")
      .leftJoin("sessions as s", "s.id", "e.session_id")
      .select("e.id")
      .where("s.id", "is", null)
      .execute();
    orphans += orphanSets.length + orphanEntries.length;
    const rows = await store.db.selectFrom("sets").select(["id", "load", "reps"]).execute();
    const sessions = await store.db.selectFrom("sessions").select("id").execute();
    return {
      integrity,
      orphans,
      sets: new Map(rows.map((r) => [r.id, { load: r.load, reps: r.reps }])),
      sessions: sessions.length,
    };
  } finally {
    await store.close();
  }
}
