// Calendar arithmetic on YYYY-MM-DD strings in UTC, so results never depend on the machine's zone.

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses `YYYY-MM-DD` or an ISO 8601 date-time; null when it is not a real date. */
export function parseDate(text: string): Date | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  if (text.length === 10) return day;
  const full = new Date(text);
  return Number.isNaN(full.getTime()) || !text.includes("T") ? null : full;
}

/** The calendar day (`YYYY-MM-DD`) a log date falls on, as the person wrote it. */
export function dayOf(text: string): string {
  return text.slice(0, 10);
}

/** Day numbers already parsed: `next` compares the same few hundred days many thousands of times. */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DAYS = 20_000;

export function toDayNumber(day: string): number {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  const m = DATE_RE.exec(day);
  if (!m) throw new Error(`not a date: ${day}`);
  const n = Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
  if (dayNumbers.size >= MAX_REMEMBERED_DAYS) dayNumbers.clear();
  dayNumbers.set(day, n);
  return n;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(toDayNumber(day) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}
