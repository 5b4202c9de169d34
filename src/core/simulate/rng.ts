// A small seeded generator (mulberry32): the simulator stays pure and repeatable.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  /** Roughly normal, mean 0 and standard deviation `sd` (sum of uniforms). */
  normal(sd: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    chance: (p) => next() < p,
    normal: (sd) => (next() + next() + next() + next() - 2) * sd * Math.sqrt(3),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}
