// Bad requests generated from the OpenAPI document: for each operation, its path parameters,
// query parameters and JSON body are broken one way at a time (seeded, so every run sends the same).

/** A JSON Schema node of the document, as far as the generator reads it. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  anyOf?: SchemaNode[];
  nullable?: boolean;
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/athletes/{athlete}. */
  path: string;
  params: { in: string; name: string; schema: SchemaNode }[];
  body?: SchemaNode;
}

export interface BadRequest {
  method: string;
  url: string;
  /** A Buffer or string goes as is; anything else as JSON. Absent: no body. */
  payload?: unknown;
  headers?: Record<string, string>;
  /** What was broken, for the failure message and the per-kind counts. */
  kind: string;
  /**
   * Unknown fields are ignored (CONTRACT): such a request may succeed. Every other case is a
   * request no server of ours may take.
   */
  mayPass?: boolean;
  /** Sent without credentials, or with a token nobody was given (default: the owner's). */
  auth?: "none" | "bogus";
}

/** Every operation of the document. */
export function operationsOf(doc: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const content = (op.requestBody as { content?: Record<string, { schema: SchemaNode }> } | undefined)
        ?.content;
      const body = content?.["application/json"]?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        params: (op.parameters as Operation["params"] | undefined) ?? [],
        ...(body && { body }),
      });
    }
  }
  return out;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const typeOf = (node: SchemaNode): string | undefined =>
  Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type;

const huge = (n: number) => "x".repeat(n);
const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

const nullable = (node: SchemaNode) =>
  node.nullable === true || (Array.isArray(node.type) && node.type.includes("null"));

/** Values of the wrong JSON type for a node: a number is never a string, a boolean or null. */
function wrongTypes(node: SchemaNode): unknown[] {
  // A union (anyOf) takes several types: which one is wrong is not told by the node alone.
  const type = typeOf(node);
  if (type === undefined) return [];
  const all: [string, unknown][] = [
    ["string", "7"],
    ["number", 7],
    ["integer", 7],
    ["boolean", true],
    ["array", [1]],
    ["object", { a: 1 }],
    ["null", null],
  ];
  const numeric = (t: string | undefined) => t === "number" || t === "integer";
  return all
    .filter(([t]) => t !== type && !(numeric(type) && numeric(t)) && !(t === "null" && nullable(node)))
    .map(([, v]) => v);
}

/** Values that break the node's own bounds (range, length, enum, whole numbers, list size). */
function outOfBounds(node: SchemaNode, valid: unknown): unknown[] {
  const out: unknown[] = [];
  const type = typeOf(node);
  if (type === "number" || type === "integer") {
    if (node.minimum !== undefined) out.push(node.minimum - 1, -1e308);
    if (node.exclusiveMinimum !== undefined) out.push(node.exclusiveMinimum);
    if (node.maximum !== undefined) out.push(node.maximum + 1, 1e308, 2 ** 53);
    if (node.exclusiveMaximum !== undefined) out.push(node.exclusiveMaximum);
    if (type === "integer") out.push(1.5, 2 ** 31 + 0.5);
  }
  if (type === "string") {
    if (node.maxLength !== undefined) out.push(huge(Math.max(node.maxLength + 1, 100_000)));
    if (node.minLength !== undefined && node.minLength > 0) out.push("");
    if (node.enum) out.push("not-one-of-them", huge(10_000));
    out.push(`a\u0000b`);
  }
  if (type === "array" && node.maxItems !== undefined && Array.isArray(valid) && valid.length > 0) {
    out.push(Array.from({ length: node.maxItems + 1 }, () => valid[0]));
  }
  return out;
}

interface Leaf {
  path: (string | number)[];
  node: SchemaNode;
  value: unknown;
  required: boolean;
}

/** Each value of a valid body with the schema node that describes it. */
function leaves(node: SchemaNode, value: unknown, path: (string | number)[], required: boolean): Leaf[] {
  const here: Leaf = { path, node, value, required };
  if (Array.isArray(value) && node.items) {
    return [here, ...value.flatMap((item, i) => leaves(node.items as SchemaNode, item, [...path, i], true))];
  }
  if (value !== null && typeof value === "object" && node.properties) {
    const inner = Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const child = node.properties?.[key];
      return child ? leaves(child, item, [...path, key], node.required?.includes(key) ?? false) : [];
    });
    return [here, ...inner];
  }
  return [here];
}

function replaced(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

/** The JSON text of `body` with invalid UTF-8 (a lone continuation byte) inside its first string. */
function invalidUtf8(body: unknown): Buffer {
  const text = JSON.stringify(body);
  const quote = text.indexOf('"', text.indexOf(":") + 1);
  const at = quote < 0 ? 1 : quote + 1;
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from(text.slice(at)),
  ]);
}

/** Path parameter values no route takes (or that name nothing stored): ids, names, days, uuids. */
const BAD_PATH: Record<string, string[]> = {
  id: [
    "1e3",
    "2147483648",
    "4294967296",
    "9007199254740993",
    "-1",
    "0",
    "0x10",
    "1.0",
    "%207",
    "abc",
    "99999",
  ],
  athlete: ["-ann", "a%2Fb", huge(65), "%00", "%C3%28", "..", "ann%00", "%20ann", "ann%20", "%E2%80%AEann"],
  date: ["2026-13-45", "2026-02-30", "yesterday", "20261102", "%00"],
  job: ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "%C3%28"],
  username: ["nobody", huge(257), "%00", "%C3%28", "%20"],
};

/** Query values no route takes, per parameter name (else from its schema). */
const BAD_QUERY: Record<string, string[]> = {
  limit: ["0", "-1", "1e3", "1001", "99999999999", "abc", "1.5", ""],
  latest: ["0", "1e3", "10001", "x"],
  weeks: ["0", "53", "4.0", "true", "-4"],
  cursor: [
    "bm90LWEtY3Vyc29y",
    "!!!",
    huge(401),
    Buffer.from(JSON.stringify({ id: -1 })).toString("base64url"),
    Buffer.from(JSON.stringify("x".repeat(65))).toString("base64url"),
    Buffer.from(JSON.stringify([1, 2])).toString("base64url"),
  ],
  date: ["2026-13-45", "2026-02-30", "yesterday", "%C3%28", "%00"],
  from: ["2026-13-45", "x"],
  to: ["2026-02-30", "x"],
  exercise: ["nope", huge(500)],
  window: ["monthly", ""],
  format: ["xml", "%00"],
};

export interface Context {
  /** Path parameters naming stored things, so that breaking one thing at a time breaks only it. */
  params: Record<string, string>;
  /** A valid body per operation ("METHOD /path"). */
  bodies: Record<string, unknown>;
  /** The operation's body limit in bytes. */
  bodyLimit(op: Operation): number;
  /** Create routes, which take an Idempotency-Key. */
  isCreate(op: Operation): boolean;
}

export const key = (op: Operation) => `${op.method} ${op.path}`;

export function urlOf(op: Operation, params: Record<string, string>, query = ""): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "x");
  return query ? `${path}?${query}` : path;
}

/** Every bad request for one operation; `pick` chooses `count` of them at random, in order. */
export function badRequests(op: Operation, context: Context): BadRequest[] {
  const out: BadRequest[] = [];
  const valid = context.bodies[key(op)];
  const withBody = op.body !== undefined && valid !== undefined;
  const json = { "content-type": "application/json" };
  const base = (kind: string, url: string, extra: Partial<BadRequest> = {}): BadRequest => ({
    method: op.method,
    url,
    kind,
    ...(withBody && { payload: valid, headers: json }),
    ...extra,
  });
  const goodUrl = urlOf(op, context.params);

  // A well-formed name of nobody stored: a 404, except where a request creates the athlete (import).
  if (op.params.some((p) => p.name === "athlete")) {
    out.push(base("unknown athlete", urlOf(op, { ...context.params, athlete: "nobody" }), { mayPass: true }));
  }
  for (const param of op.params.filter((p) => p.in === "path")) {
    for (const value of BAD_PATH[param.name] ?? ["%00", huge(300)]) {
      out.push(base(`path ${param.name}`, urlOf(op, { ...context.params, [param.name]: value })));
    }
  }
  for (const param of op.params.filter((p) => p.in === "query")) {
    const values = BAD_QUERY[param.name] ?? ["%00", huge(2000)];
    for (const value of values) {
      out.push(base(`query ${param.name}`, `${goodUrl}?${param.name}=${value}`));
    }
    // The same parameter twice is a list, which no parameter of ours is.
    out.push(base(`query ${param.name} twice`, `${goodUrl}?${param.name}=1&${param.name}=2`));
  }

  if (withBody) {
    const body = op.body as SchemaNode;
    for (const leaf of leaves(body, valid, [], true)) {
      const at = leaf.path.join(".") || "(body)";
      for (const value of wrongTypes(leaf.node)) {
        out.push(base(`type ${at}`, goodUrl, { payload: replaced(valid, leaf.path, value) }));
      }
      for (const value of outOfBounds(leaf.node, leaf.value)) {
        out.push(base(`bound ${at}`, goodUrl, { payload: replaced(valid, leaf.path, value) }));
      }
      if (leaf.path.length > 0 && leaf.required) {
        out.push(base(`missing ${at}`, goodUrl, { payload: replaced(valid, leaf.path, undefined, true) }));
      }
      if (leaf.path.length > 0) {
        out.push(base(`deep ${at}`, goodUrl, { payload: replaced(valid, leaf.path, nested(40)) }));
      }
    }
    const raw = (kind: string, payload: unknown, headers: Record<string, string> = json) =>
      out.push(base(kind, goodUrl, { payload, headers }));
    raw("invalid UTF-8", invalidUtf8(valid));
    raw("not JSON", '{"a":');
    raw("empty body", "");
    raw("JSON null", "null");
    raw("top-level array", JSON.stringify([valid]));
    raw("top-level string", '"x"');
    raw("nested 5000 deep", `${"[".repeat(5000)}${"]".repeat(5000)}`);
    raw("nested objects 40 deep", JSON.stringify(nested(40)));
    raw("huge array", JSON.stringify(Array.from({ length: 100_000 }, () => 0)));
    raw("over the body limit", JSON.stringify({ pad: huge(context.bodyLimit(op) + 1) }));
    raw("NUL in a key", JSON.stringify({ ...(valid as object), "a\u0000": 1 }));
    raw("__proto__ key", `{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}`);
    raw("text/plain", JSON.stringify(valid), { "content-type": "text/plain" });
    raw("form-encoded", "a=1", { "content-type": "application/x-www-form-urlencoded" });
    // Unknown fields are ignored; with a broken field beside them the request is still refused.
    const unknown = { ...(valid as object), unknownField: { nested: [1, 2, 3] } };
    out.push(base("unknown field", goodUrl, { payload: unknown, mayPass: true }));
    out.push(
      base("unknown field and a wrong type", goodUrl, { payload: { ...unknown, ...wrongFirst(valid) } }),
    );
    if (context.isCreate(op)) {
      for (const idem of ["", huge(201)]) {
        out.push(base("bad Idempotency-Key", goodUrl, { headers: { ...json, "idempotency-key": idem } }));
      }
    }
  }
  return out;
}

/** The body's first field given a value of another type. */
function wrongFirst(valid: unknown): Record<string, unknown> {
  const [field, value] = Object.entries(valid as Record<string, unknown>)[0] ?? ["x", 1];
  return { [field]: typeof value === "string" ? 12345 : "12345" };
}

/** `count` of `all`, chosen with `rand` but kept in their order. */
export function pick<T>(all: T[], count: number, rand: () => number): T[] {
  if (all.length <= count) return all;
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(rand() * all.length));
  return [...chosen].sort((a, b) => a - b).map((i) => all[i] as T);
}
