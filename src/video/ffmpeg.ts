import { spawn, spawnSync } from "node:child_process";

/**
 * Which ffmpeg/ffprobe to run: $HIPTHRUST_FFMPEG / $HIPTHRUST_FFPROBE when set, else the system's on
 * PATH (Debian's `ffmpeg` package; `.ci/run` installs it).
 */
export function tools(env: Record<string, string | undefined> = process.env): {
  ffmpeg: string;
  ffprobe: string;
} {
  return { ffmpeg: env.HIPTHRUST_FFMPEG ?? "ffmpeg", ffprobe: env.HIPTHRUST_FFPROBE ?? "ffprobe" };
}

export class ToolMissingError extends Error {
  override name = "ToolMissingError";
}

/** Runs a tool to completion, collecting stdout (bounded) and stderr. */
export function runTool(
  command: string,
  args: string[],
  maxBytes = 16 * 1024 * 1024,
): Promise<{ code: number | null; stdout: string; stderr: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) out.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new ToolMissingError(
              `${command} is not installed: video analysis needs ffmpeg (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg)`,
            )
          : error,
      );
    });
    child.on("close", (code) =>
      resolve({
        code,
        bytes: Buffer.concat(out),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** True when the tool answers `-version` (for tests that need ffmpeg). */
export function toolAvailable(command: string): boolean {
  return spawnSync(command, ["-version"], { stdio: "ignore" }).status === 0;
}
