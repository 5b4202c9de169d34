import type { RgbFrame } from "../pose/types.js";
import { runTool, tools } from "./ffmpeg.js";

/** One frame at `t` seconds, as displayed (rotation applied), scaled to width × height; null past the end. */
export async function grabFrame(
  file: string,
  t: number,
  width: number,
  height: number,
): Promise<RgbFrame | null> {
  const { ffmpeg } = tools();
  const args = ["-v", "error", "-nostdin", "-ss", Math.max(0, t).toFixed(3), "-i", file, "-frames:v", "1"];
  args.push(
    "-vf",
    `scale=${width}:${height}:flags=area,setsar=1`,
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "pipe:1",
  );
  const { code, bytes } = await runTool(ffmpeg, args, width * height * 3 + 1);
  if (code !== 0 || bytes.length < width * height * 3) return null;
  return { data: new Uint8Array(bytes.buffer, bytes.byteOffset, width * height * 3), width, height };
}
