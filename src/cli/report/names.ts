import { exerciseById } from "../../core/knowledge/exercises/index.js";
import { OTHER_PREFIX } from "../../core/knowledge/ids.js";
import type { Range } from "../../core/types.js";

export function exerciseName(id: string): string {
  if (id.startsWith(OTHER_PREFIX)) return id.slice(OTHER_PREFIX.length);
  return exerciseById(id)?.name ?? id;
}

export function range(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}

export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
}
