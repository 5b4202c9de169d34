import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

/** `analyze --attach` on a keypoints file (no video needed): the analysis fills the set's P3 gates. */
const keypoints = join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json");

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    ...processIo,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
    now: () => new Date("2026-11-05T18:00:00Z"),
  });
  return { code, stdout, stderr };
}

// The first command loads the whole CLI, which takes half a minute on the shared machine under load.
describe("analyze --attach stores the analysis with the day's hip-thrust set and fills its form gates", {
  timeout: 120_000,
}, () => {
  it("fills gates the person left empty: the example set is controlled with full lockout", async () => {
    const data = mkdtempSync(join(tmpdir(), "hipthrust-attach-"));
    await cli(
      "log",
      "--create",
      "--unit",
      "kg",
      "--data",
      data,
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "10",
      "--date",
      "2026-11-05",
    );
    const attached = await cli(
      "analyze",
      keypoints,
      "--data",
      data,
      "--attach",
      "--date",
      "2026-11-05",
      "--json",
    );
    expect(attached.code).toBe(0);
    const history = await cli("export", "--data", data);
    const set = JSON.parse(history.stdout).sessions[0].exercises[0].sets[0];
    // The example's reps reach the line and none drops fast: both gates pass.
    expect(set.fullLockout).toBe(true);
    expect(set.controlled).toBe(true);
  });

  it("will not overwrite a gate entered by hand without --force, and stores nothing then", async () => {
    const data = mkdtempSync(join(tmpdir(), "hipthrust-attach-"));
    await cli(
      "log",
      "--create",
      "--unit",
      "kg",
      "--data",
      data,
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "10",
      "--lockout",
      "no",
      "--date",
      "2026-11-05",
    );
    const refused = await cli("analyze", keypoints, "--data", data, "--attach", "--date", "2026-11-05");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/fullLockout false entered by hand.*--force/);
    let set = JSON.parse((await cli("export", "--data", data)).stdout).sessions[0].exercises[0].sets[0];
    expect(set.fullLockout).toBe(false);

    const forced = await cli(
      "analyze",
      keypoints,
      "--data",
      data,
      "--attach",
      "--date",
      "2026-11-05",
      "--force",
    );
    expect(forced.code).toBe(0);
    set = JSON.parse((await cli("export", "--data", data)).stdout).sessions[0].exercises[0].sets[0];
    expect(set.fullLockout).toBe(true);
  });

  it("says when there is no hip-thrust set that day", async () => {
    const data = mkdtempSync(join(tmpdir(), "hipthrust-attach-"));
    await cli(
      "log",
      "--create",
      "--unit",
      "kg",
      "--data",
      data,
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "10",
      "--date",
      "2026-11-04",
    );
    const result = await cli("analyze", keypoints, "--data", data, "--attach", "--date", "2026-11-05");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no hip-thrust set is logged on 2026-11-05/);
  });
});
