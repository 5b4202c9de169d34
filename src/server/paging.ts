import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { InputError } from "../contract/errors.js";
import type { Page, PageRequest } from "../storage/page.js";

export const NEXT_CURSOR_HEADER = "x-next-cursor";

const badCursor = () =>
  new InputError("cursor is not one this server gave", [
    { field: "cursor", problem: "must be the X-Next-Cursor of an earlier page" },
  ]);

/** The page a list request asks for: `limit` (default `limit`) after the row its cursor names. */
export function pageOf<K>(
  query: { limit?: number | undefined; cursor?: string | undefined },
  defaultLimit: number,
  key: z.ZodType<K>,
): PageRequest<K> {
  const limit = query.limit ?? defaultLimit;
  if (query.cursor === undefined) return { limit };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(query.cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  const parsed = key.safeParse(decoded);
  if (!parsed.success) throw badCursor();
  return { limit, after: parsed.data };
}

/** Answers the page's items; says where the next page starts in `X-Next-Cursor` and `Link`. */
export function sendPage<T, K>(request: FastifyRequest, reply: FastifyReply, page: Page<T, K>): T[] {
  if (page.next !== undefined) {
    const cursor = Buffer.from(JSON.stringify(page.next)).toString("base64url");
    const url = new URL(request.url, "http://x");
    url.searchParams.set("cursor", cursor);
    reply.header(NEXT_CURSOR_HEADER, cursor);
    reply.header("link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  return page.items;
}

export const idKey = z.number().int().positive();
export const nameKey = z.string().min(1).max(64);
export const sessionKey = z.object({ day: z.string().max(64), date: z.string().max(64), id: idKey });
