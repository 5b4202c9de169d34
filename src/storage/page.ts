/** A page request: at most `limit` rows after the row a cursor names. */
export interface PageRequest<K> {
  limit: number;
  /** The key of the last row of the previous page. */
  after?: K | undefined;
}

export interface Page<T, K> {
  items: T[];
  /** The key to continue after, when there are more rows. */
  next?: K;
}

/** Rows fetched as limit + 1: the extra one only says that there is a next page. */
export function toPage<T, K>(rows: T[], limit: number, keyOf: (row: T) => K): Page<T, K> {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, next: keyOf(items[items.length - 1] as T) };
}
