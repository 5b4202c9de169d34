import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { table } from "../../src/cli/report/table.js";
import { HIP_THRUST_IDS } from "../../src/core/types.js";

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    cwd: "/nonexistent",
    now: () => new Date("2026-11-05T12:00:00Z"),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("hipthrust exercises", () => {
  it("--json prints the library with the CONTRACT fields", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["exercises", "--json"], io)).toBe(0);
    const items = JSON.parse(stdout()) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    const family = items.filter((item) => item.pattern === "hip-thrust");
    expect(family.length).toBeGreaterThanOrEqual(8);
    for (const id of HIP_THRUST_IDS) expect(family.map((item) => item.id)).toContain(id);
    for (const item of items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.name).toBe("string");
      expect(["hip-thrust", "squat", "hinge", "abduction"]).toContain(item.pattern);
      expect(Array.isArray(item.equipment)).toBe(true);
    }
    expect(items.find((item) => item.id === "barbell-hip-thrust")?.equipment).toContain("bench");
  });

  it("prints a readable report grouped by pattern, with cues, mistakes and sources", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["exercises"], io)).toBe(0);
    const text = stdout();
    for (const heading of ["Hip-thrust family", "Squat", "Hinge", "Abduction", "Mistakes and fixes"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("smith-machine-hip-thrust");
    expect(text).toMatch(/Fix: .*\[001, 003\]/);
  });

  it("shows one exercise in full", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["exercises", "glute-bridge"], io)).toBe(0);
    expect(stdout()).toContain("Glute bridge (glute-bridge)");
    expect(stdout()).toContain("Execution:");
    const json = fakeIo();
    expect(await run(["exercises", "leg-press", "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.stdout()).id).toBe("leg-press");
  });

  it("exits 2 and names the id when it is unknown", async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await run(["exercises", "hip-thrust-deluxe"], io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toContain('"hip-thrust-deluxe"');
  });

  it("exits 2 on an unknown option or too many ids", async () => {
    expect(await run(["exercises", "--jsn"], fakeIo().io)).toBe(2);
    expect(await run(["exercises", "glute-bridge", "leg-curl"], fakeIo().io)).toBe(2);
  });
});

describe("table", () => {
  it("pads columns, rules the header and right-aligns numbers", () => {
    expect(
      table(
        ["id", "n"],
        [
          ["a", 1],
          ["long", 10],
        ],
      ),
    ).toBe(["id     n", "----  --", "a      1", "long  10"].join("\n"));
  });
});
