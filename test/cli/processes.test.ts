// The CLI as a real process: exit codes, what reaches stderr, and what is (not) written to disk.
// Needs dist/ (`npm test` builds it first).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/hipthrust", import.meta.url));
const PROFILE = fileURLToPath(new URL("../../examples/profile-gym-hypertrophy.json", import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hipthrust-proc-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An environment that points nowhere by default: no store unless the test names one. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_DATA_HOME: join(dir, "xdg"),
    ...extra,
  };
}

function hipthrust(args: string[], extra: Record<string, string> = {}, input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    env: env(extra),
    cwd: dir,
    encoding: "utf8",
    timeout: 20_000,
    ...(input === undefined ? { stdio: ["ignore", "pipe", "pipe"] } : { input }),
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr, signal: res.signal };
}

/** One line naming the problem, no stack trace. */
function expectOneLine(stderr: string, ...parts: (string | RegExp)[]): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  for (const part of parts) expect(stderr).toMatch(part);
}

describe("global options and athletes (issue 12)", () => {
  it("global options (--data, --athlete, --json) work before or after the command", () => {
    const data = join(dir, "store");
    expect(hipthrust(["--data", data, "profile", "set", PROFILE, "--athlete", "Anna Lee"]).code).toBe(0);
    const before = hipthrust(["--data", data, "--athlete", "Anna Lee", "--json", "profile", "show"]);
    const after = hipthrust(["profile", "show", "--data", data, "--athlete", "Anna Lee", "--json"]);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(JSON.parse(before.stdout).unit).toBe("kg");
  });

  it("athlete names are matched without regard to case and may contain spaces", () => {
    const data = join(dir, "store");
    hipthrust(["profile", "set", PROFILE, "--athlete", "Anna Lee", "--data", data]);
    const res = hipthrust(["profile", "show", "--athlete", "anna lee", "--data", data]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("Profile of Anna Lee");
  });

  it("an unknown athlete is an error that lists the stored athletes, and creates nothing", () => {
    const data = join(dir, "store");
    hipthrust(["profile", "set", PROFILE, "--athlete", "ann", "--data", data]);
    hipthrust(["profile", "set", PROFILE, "--athlete", "Bob", "--data", data]);
    const res = hipthrust([
      "log",
      "--athlete",
      "anne",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "10",
      "--data",
      data,
    ]);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, /no athlete "anne"/, /stored athletes: "ann", "Bob"/, /--create/);
    const history = hipthrust(["history", "--athlete", "anne", "--data", data]);
    expect(history.code).toBe(2);
  });

  it("an athlete is created only by profile set or an explicit --create", () => {
    const data = join(dir, "store");
    const log = ["log", "--soreness", "3", "--data", data, "--unit", "kg"];
    expect(hipthrust(log).code).toBe(2);
    expect(existsSync(data)).toBe(false);
    const created = hipthrust([...log, "--create"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Logged for me");
  });
});

describe("an error path never writes (issue 12)", () => {
  it.each([["plan"], ["next"], ["decide"], ["history"], ["export"]])(
    "%s with nothing stored exits 2 without creating a store",
    (command) => {
      const data = join(dir, "never");
      const res = hipthrust([command, "--data", data]);
      expect(res.code).toBe(2);
      expect(res.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(data)).toBe(false);
      // Nor the default place, when no --data is given.
      expect(hipthrust([command]).code).toBe(2);
      expect(existsSync(join(dir, "xdg"))).toBe(false);
    },
  );

  it("log before a profile exists asks for --unit instead of assuming kg", () => {
    const data = join(dir, "store");
    const res = hipthrust([
      "log",
      "--create",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "10",
      "--data",
      data,
    ]);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, /--unit kg or --unit lb/);
    expect(existsSync(data)).toBe(false);
    const withUnit = hipthrust([
      "log",
      "--create",
      "--unit",
      "lb",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "135",
      "--reps",
      "10",
      "--data",
      data,
    ]);
    expect(withUnit.code).toBe(0);
    expect(withUnit.stdout).toContain("135 lb × 10");
  });
});

describe("usage errors (issue 12, issue 9 item 6)", () => {
  it.each([
    [["history", "extra"], /unexpected argument "extra"/],
    [["export", "me"], /unexpected argument "me"/],
    [["log", "--soreness", "3", "stray"], /unexpected argument "stray"/],
    [["plan", "--weeks", "4", "--weeks", "6"], /option --weeks is given twice/],
    [["history", "--athlete", "a", "--athlete", "b"], /option --athlete is given twice/],
    [["--data", "x"], /a command is needed/],
  ])("a stray positional or a repeated flag is a usage error: %j", (args, message) => {
    const res = hipthrust(args);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, message);
  });

  it("--reps 1.5 says must be a whole number", () => {
    const res = hipthrust([
      "log",
      "--create",
      "--unit",
      "kg",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      "60",
      "--reps",
      "1.5",
      "--data",
      join(dir, "s"),
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("option --reps: reps must be a whole number");
    expect(existsSync(join(dir, "s"))).toBe(false);
  });

  it.each([["1e3"], ["0x10"], ["Infinity"], [" "]])("strict numbers: --load %j is not a number", (load) => {
    const res = hipthrust([
      "log",
      "--create",
      "--unit",
      "kg",
      "--exercise",
      "barbell-hip-thrust",
      "--load",
      load,
      "--reps",
      "5",
      "--data",
      join(dir, "s"),
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("option --load");
  });
});

describe("environment errors: one line naming the cause and the fix, exit 1 (issue 9 item 6)", () => {
  it("--data naming a file", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a directory");
    const res = hipthrust(["profile", "set", PROFILE, "--data", file]);
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, /is a file, not a directory/, /--data/);
  });

  it("a corrupt database", () => {
    const data = join(dir, "store");
    expect(hipthrust(["profile", "set", PROFILE, "--data", data]).code).toBe(0);
    for (const name of readdirSync(data)) rmSync(join(data, name));
    writeFileSync(join(data, "hipthrust.db"), "x".repeat(8192));
    const res = hipthrust(["history", "--data", data]);
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, /not a readable hipthrust database/, /backup|move it aside/);
  });

  it("a bad DATABASE_URL", () => {
    const res = hipthrust(["history"], { DATABASE_URL: "postgres://[not a host" });
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, /DATABASE_URL is not a valid connection string/);
  });

  it("unreachable PostgreSQL", () => {
    const res = hipthrust(["history"], { DATABASE_URL: "postgres://root@127.0.0.1:1/test" });
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, /cannot reach PostgreSQL/, /DATABASE_URL/);
  });

  describe("port in use", () => {
    let server: Server;
    let port: number;
    beforeEach(async () => {
      server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as { port: number }).port;
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("serve on a busy port says so and exits 1", async () => {
      const child = spawn(
        process.execPath,
        [BIN, "serve", "--port", String(port), "--data", join(dir, "s")],
        {
          env: env(),
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expectOneLine(stderr, new RegExp(`port ${port}.*already in use`), /--port/);
    });
  });
});

describe("pipes and standard input (issue 12, issue 9 item 6)", () => {
  it("EPIPE is quiet when piped into head", () => {
    const res = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" exercises --json | head -c 10 >/dev/null; echo "$\{PIPESTATUS[0]}"`,
      ],
      { env: env(), encoding: "utf8", timeout: 20_000 },
    );
    expect(res.stderr).toBe("");
    expect(res.stdout.trim()).toBe("0");
  });

  it("nothing hangs waiting for standard input unless the file is -", async () => {
    // stdin stays open and empty: a command that read it would wait for ever.
    const child = spawn(process.execPath, [BIN, "import", "--data", join(dir, "s")], {
      env: env(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(-1);
      }, 15_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    child.stdin.destroy();
  });

  it("import - reads standard input", () => {
    const csv = [
      "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes",
      "2017-03-01 18:00:00,Glutes,Hip Thrust,1,100,8,0,0,",
    ].join("\n");
    const res = hipthrust(["import", "-", "--create", "--data", join(dir, "s")], {}, csv);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      "Imported standard input (strong-csv, loads in kg) for me: 1 session(s) added",
    );
  });
});
