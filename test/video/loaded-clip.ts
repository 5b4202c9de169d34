import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { LAYOUTS } from "../../src/form/keypoints.js";
import { analyzeVideo } from "../../src/jobs/analyze-video.js";

/**
 * `clip` with a loaded bar, written to `dir/loaded.mp4`: a red 45 cm bumper plate (as wide as the
 * thigh is long) drawn over the hip in every frame, moving with it, as a camera at the side sees a
 * loaded bar. The hip is found by analysing the clip itself.
 */
export async function loadedBarClip(clip: string, dir: string): Promise<string> {
  const { keypoints, analysis } = await analyzeVideo(clip);
  const at = LAYOUTS.coco17[analysis.side];
  const thighs = keypoints.frames
    .map(({ keypoints: k }) => {
      const [hx, hy] = k[at.hip] as number[];
      const [kx, ky] = k[at.knee] as number[];
      return Math.hypot((hx as number) - (kx as number), (hy as number) - (ky as number));
    })
    .sort((a, b) => a - b);
  const r = Math.round((thighs[thighs.length >> 1] as number) * 0.55);
  const plate = `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * r}" height="${2 * r}"><circle cx="${r}" cy="${r}" r="${r}" fill="#b22"/><circle cx="${r}" cy="${r}" r="${0.8 * r}" fill="#c33"/><circle cx="${r}" cy="${r}" r="${0.12 * r}" fill="#999"/></svg>`;
  await sharp(Buffer.from(plate)).png().toFile(join(dir, "plate.png"));
  const moves = keypoints.frames.map(({ t, keypoints: k }) => {
    const [x, y] = k[at.hip] as number[];
    return `${t.toFixed(3)} overlay@plate x ${Math.round((x as number) - r)}, overlay@plate y ${Math.round((y as number) - r)};`;
  });
  writeFileSync(join(dir, "moves.txt"), moves.join("\n"));
  const out = join(dir, "loaded.mp4");
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-i",
    clip,
    "-i",
    join(dir, "plate.png"),
    "-filter_complex",
    `[0:v]sendcmd=f=${join(dir, "moves.txt")}[v];[v][1:v]overlay@plate=x=0:y=0:eval=frame`,
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    out,
  ]);
  return out;
}
