import { type Algorithm, hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 20–40 ms a hash on a small server,
// slow enough for a stolen store, fast enough for sign-in. `Algorithm` is a const enum the
// package does not export at run time: 2 is Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Why a password is refused (8–256 characters), or null. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a hash that is not an argon2 one. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
