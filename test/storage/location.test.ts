import { homedir } from "node:os";
import { describe, expect, it } from "vitest";
import { storeLocation } from "../../src/storage/location.js";

describe("where the store lives (CONTRACT)", () => {
  const cwd = "/work/here";
  it("takes --data first, relative to the working directory", () => {
    expect(storeLocation("data", { DATABASE_URL: "postgres://x/y", HIPTHRUST_DATA: "/h" }, cwd)).toEqual({
      dataDir: "/work/here/data",
    });
  });
  it("then DATABASE_URL, HIPTHRUST_DATA, XDG_DATA_HOME and ~/.local/share", () => {
    expect(storeLocation(undefined, { DATABASE_URL: "postgres://x/y", HIPTHRUST_DATA: "/h" }, cwd)).toEqual({
      databaseUrl: "postgres://x/y",
    });
    expect(storeLocation(undefined, { HIPTHRUST_DATA: "/h", XDG_DATA_HOME: "/x" }, cwd)).toEqual({
      dataDir: "/h",
    });
    expect(storeLocation(undefined, { XDG_DATA_HOME: "/x" }, cwd)).toEqual({ dataDir: "/x/hipthrust" });
    expect(storeLocation(undefined, { HOME: "/home/ann" }, cwd)).toEqual({
      dataDir: "/home/ann/.local/share/hipthrust",
    });
    expect(storeLocation(undefined, {}, cwd)).toEqual({ dataDir: `${homedir()}/.local/share/hipthrust` });
  });
});
