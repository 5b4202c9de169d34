import type { Analysis } from "../contract/analysis.js";

/** False when the analysis lists `check` (foot-placement, lockout, …) as not judged. */
export function wasJudged(analysis: Pick<Partial<Analysis>, "notJudged">, check: string): boolean {
  // Analyses stored before `notJudged` existed have none.
  return !(analysis.notJudged ?? []).some((n) => n.check === check);
}
