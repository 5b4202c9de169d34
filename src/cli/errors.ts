import { InputError } from "../contract/errors.js";

export { InputError };

export function describeError(error: unknown): { code: number; message: string } {
  if (error instanceof InputError) return { code: 2, message: error.message };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: 1, message };
}
