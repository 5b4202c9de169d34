// Which days of the week hold hip-thrust working sets (F1, F2) and which hold any training.

/** Working days spread over the week so every gap, across week ends too, is 2+ days (F1). */
const WORKING_DAYS: Record<number, number[]> = { 1: [1], 2: [1, 4], 3: [1, 3, 5] };

export function workingDays(count: number): number[] {
  return WORKING_DAYS[Math.max(1, Math.min(3, count))] as number[];
}

/** Circular distance between two days of a week. */
function distance(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 7 - d);
}

/** Training days: the working days plus other days placed as far from the rest as the week allows. */
export function trainingDays(daysPerWeek: number, working: readonly number[]): number[] {
  const days = [...working];
  while (days.length < Math.min(7, daysPerWeek)) {
    let best = 0;
    let bestGap = -1;
    for (let d = 1; d <= 7; d++) {
      if (days.includes(d)) continue;
      const gap = Math.min(...days.map((x) => distance(x, d)));
      if (gap > bestGap) {
        best = d;
        bestGap = gap;
      }
    }
    days.push(best);
  }
  return days.sort((a, b) => a - b);
}

/**
 * F3: the daily challenge's working days, as 0-based day numbers over `length` days. Gaps cycle
 * so working sets stay 48 h apart (F1) and no 7 days hold more than `maxPerWeek` (F2).
 */
export function challengeWorkingDays(maxPerWeek: number, length: number): number[] {
  const gaps = maxPerWeek >= 3 ? [2, 2, 3] : maxPerWeek === 2 ? [3, 4] : [7];
  const out: number[] = [];
  for (let day = 0, i = 0; day < length; day += gaps[i++ % gaps.length] as number) out.push(day);
  return out;
}

/** D3: as an accessory beside squats, deadlifts or sport, two hip-thrust days a week are enough. */
export const ACCESSORY_DAYS = 2;

/**
 * Hip-thrust working days a week for this person: their training days, capped by the goal's G row
 * (and at two when the hip thrust is an accessory, D3). `plan` lays these out; `next` never exceeds them.
 */
export function hipThrustDaysPerWeek(daysPerWeek: number, goalMax: number, accessory: boolean): number {
  return Math.min(daysPerWeek, accessory ? Math.min(ACCESSORY_DAYS, goalMax) : goalMax);
}
