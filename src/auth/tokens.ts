import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url (43 characters) after `prefix`: session ids, CSRF and API tokens. */
export function newOpaqueToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Hex SHA-256: how the store keeps session ids and tokens. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
