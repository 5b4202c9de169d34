import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolAvailable } from "../../src/video/ffmpeg.js";
import { BACKENDS } from "../storage/backends.js";
import { type Harness, harness } from "./harness.js";

const clip = join(import.meta.dirname, "../../../shared/clips/hip-thrust-bodyweight-side.mp4");
const canRun =
  toolAvailable("ffmpeg") &&
  (() => {
    try {
      readFileSync(clip);
      return true;
    } catch {
      return false;
    }
  })();
if (!canRun) console.log("skipping the video upload tests: ffmpeg or ../shared/clips is missing");

// biome-ignore lint/suspicious/noExplicitAny: JSON answers that the assertions inspect.
type Json = any;

const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith("hipthrust-upload-")).length;

describe("POST /api/athletes/:name/analyses", () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    process.env.HIPTHRUST_MAX_UPLOAD_MB = "2";
    h = await harness(BACKENDS[0] as (typeof BACKENDS)[number]);
    await h.call("POST", "/api/athletes", { name: "ana" });
    base = await h.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    delete process.env.HIPTHRUST_MAX_UPLOAD_MB;
    await h.close();
  });

  const upload = (bytes: Buffer, type: string, name: string) => {
    const form = new FormData();
    form.append("video", new Blob([bytes], { type }), name);
    return fetch(`${base}/api/athletes/ana/analyses`, { method: "POST", body: form, headers: h.owner });
  };

  async function finished(id: string) {
    for (;;) {
      const res = await fetch(`${base}/api/athletes/ana/analyses/${id}`, { headers: h.owner });
      const body: Json = await res.json();
      if (body.status === "done" || body.status === "failed") return { status: res.status, body };
      expect(body.progress).toBeGreaterThanOrEqual(0);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  it("answers a keypoints file at once", async () => {
    const keypoints = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8"),
    );
    const res = await h.call("POST", "/api/athletes/ana/analyses", keypoints);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("done");
    expect(res.body.result.repCount).toBeGreaterThan(0);
  });

  it("415 for a body that is neither an upload nor JSON", async () => {
    const res = await fetch(`${base}/api/athletes/ana/analyses`, {
      method: "POST",
      headers: { ...h.owner, "content-type": "text/plain" },
      body: "hi",
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as Json).issues[0].field).toBe("content-type");
  });

  it("413 for an upload over the size limit, and nothing is left on disk", async () => {
    const before = uploads();
    const res = await upload(Buffer.alloc(3 * 1024 * 1024, 7), "video/mp4", "big.mp4");
    expect(res.status).toBe(413);
    expect(((await res.json()) as Json).error).toMatch(/larger than the 2 MiB limit/);
    expect(uploads()).toBe(before);
  });

  it("a file that is not a video: 202, then the job answers 422 saying so", async () => {
    const res = await upload(Buffer.from("not a video at all\n".repeat(50)), "video/mp4", "notes.mp4");
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as Json;
    const done = await finished(id);
    expect(done.status).toBe(422);
    expect(done.body.status).toBe("failed");
    expect(done.body.error).toMatch(/notes\.mp4: not a/);
  });

  it.skipIf(!canRun)(
    "a video: 202 with a job id, progress, then the analysis; the upload is deleted",
    async () => {
      const short = join(tmpdir(), `hipthrust-test-${process.pid}.mp4`);
      execFileSync("ffmpeg", ["-v", "error", "-y", "-i", clip, "-t", "6", "-c", "copy", short]);
      const before = uploads();
      const res = await upload(readFileSync(short), "video/mp4", "my-set.mp4");
      expect(res.status).toBe(202);
      const job: Json = await res.json();
      expect(job.status).toMatch(/queued|running/);
      const done = await finished(job.id);
      expect(done.status).toBe(200);
      expect(done.body.result.source.file).toBe("my-set.mp4");
      expect(done.body.result.repCount).toBe(2);
      expect(done.body.keypoints.format).toBe("coco17");
      expect(uploads()).toBe(before);
      const other = await fetch(`${base}/api/athletes/nobody/analyses/${job.id}`, { headers: h.owner });
      expect(other.status).toBe(404);
    },
    600_000,
  );
});
