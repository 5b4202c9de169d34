// Exercise names from the library (fetched once and kept on the phone), for ids in the log.
import { useApi } from "./data.js";
import type { Exercise } from "./types.js";

export function useExerciseNames(): (id: string) => string {
  const { data } = useApi<Exercise[]>("/exercises");
  return (id) =>
    data?.find((e) => e.id === id)?.name ??
    (id.startsWith("other:") ? id.slice(6) : id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()));
}
