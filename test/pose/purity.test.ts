import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../src/pose");
/** The browser imports these: no Node, no DOM, no backend. */
const SHARED = ["types.ts", "crop.ts", "movenet.ts", "keypoints-file.ts"];

describe("src/pose's shared modules run in the browser and in Node", () => {
  it.each(SHARED)("%s imports no node: module, no backend and no fs", (name) => {
    const text = readFileSync(join(root, name), "utf8");
    expect(text).not.toMatch(/from "node:|tfjs-backend|tfjs-node|from "fs"|document\.|window\./);
  });
});
