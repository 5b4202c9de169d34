import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "../../src/auth/passwords.js";
import { newOpaqueToken, sha256 } from "../../src/auth/tokens.js";
import { usernameProblem } from "../../src/storage/users.js";

describe("passwords", () => {
  it("hashes with argon2id, salted, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse");
    const b = await hashPassword("correct horse");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("correct horse");
    expect(await verifyPassword(a, "correct horse")).toBe(true);
    expect(await verifyPassword(a, "Correct horse")).toBe(false);
    expect(await verifyPassword("not a hash", "correct horse")).toBe(false);
  });

  it("accepts 8 to 256 characters", () => {
    expect(passwordProblem("1234567")).toMatch(/at least 8/);
    expect(passwordProblem("12345678")).toBeNull();
    expect(passwordProblem("x".repeat(256))).toBeNull();
    expect(passwordProblem("x".repeat(257))).toMatch(/at most 256/);
  });

  it("accepts usernames of 1 to 64 characters without control characters or outer spaces", () => {
    expect(usernameProblem("")).toMatch(/empty/);
    expect(usernameProblem("x".repeat(64))).toBeNull();
    expect(usernameProblem("x".repeat(65))).toMatch(/64/);
    expect(usernameProblem(" ann")).toMatch(/space/);
    expect(usernameProblem("an\nn")).toMatch(/control/);
    expect(usernameProblem("Zoë B")).toBeNull();
  });
});

describe("tokens", () => {
  it("are 32 random bytes in base64url after the prefix, stored as hex SHA-256", () => {
    const token = newOpaqueToken("ht_");
    expect(token).toMatch(/^ht_[A-Za-z0-9_-]{43}$/);
    expect(newOpaqueToken()).not.toBe(newOpaqueToken());
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
