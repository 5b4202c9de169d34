/** Equipment ids a profile may list. Unknown ids are reported as a caution, not rejected. */
export const EQUIPMENT_IDS = [
  "barbell",
  "plates",
  "bench",
  "dumbbells",
  "bands",
  "smith-machine",
  "hip-thrust-machine",
  "leg-press-machine",
  "leg-curl-machine",
  "back-extension-bench",
  "abduction-machine",
] as const;

export function hasAll(owned: readonly string[], needed: readonly string[]): boolean {
  return needed.every((item) => owned.includes(item));
}
