import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../src/form");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("src/form is a pure core", () => {
  it("uses no I/O, clock, randomness or environment", () => {
    for (const file of sources(root)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from "node:|Math\.random|Date\.now|new Date|process\.|performance\./);
    }
  });
});
