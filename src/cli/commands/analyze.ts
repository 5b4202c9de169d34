import { closeSync, openSync, readSync, renameSync, writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { Analysis } from "../../contract/analysis.js";
import type { KeypointsFile } from "../../contract/keypoints.js";
import { keypointsFileSchema } from "../../contract/keypoints.js";
import { analyzeKeypoints } from "../../form/analyze.js";
import { analyzeVideo, DEFAULT_RATE } from "../../jobs/analyze-video.js";
import { overlayFormat, writeOverlay } from "../../jobs/overlay.js";
import { analysisPicture } from "../../jobs/picture.js";
import { type Args, allowOnly, boolFlag, intFlag, parseArgs, stringFlag } from "../args.js";
import { InputError } from "../errors.js";
import { readJsonAs } from "../files.js";
import type { Command, Io } from "../io.js";
import { formatAnalysis } from "../report/analysis.js";
import { progressBar } from "./analyze-progress.js";

const USAGE = `hipthrust analyze FILE [--json] [--picture P.png] [--overlay V.mp4] [--keypoints-out K.json] [--rate HZ] [--attach [--set ID] [--force]]

Form analysis of one recorded set: reps with their timing and angles, faults, and cues to fix them.
FILE is a video (mp4, mov, webm, mkv; any phone recording, portrait or landscape) or a keypoints file
(.json, see CONTRACT.md). A video is analysed on this machine: nothing is uploaded anywhere.
Film side on, camera at hip height, with the whole body in frame.

  --json                print the analysis as JSON instead of a report
  --picture P.png       draw each rep's top frame with its skeleton, angles and faults, above the hip-angle plot
  --overlay V.mp4       (a video) write it again with the skeleton, hip angle, rep and faults drawn on it
  --keypoints-out K.json  save the pose keypoints, to re-run or share the analysis without the video
  --rate HZ             frames analysed per second of video (default ${DEFAULT_RATE}; 5–60)
  --attach              store the analysis with the day's latest hip-thrust set and fill its form gates
  --set ID              …with this set instead (--date YYYY-MM-DD: that day's set)
  --force               …replacing form gates that were entered by hand`;

/** A keypoints file starts with "{"; anything else is treated as a video and ffmpeg decides. */
function isKeypointsFile(path: string): boolean {
  if (extname(path).toLowerCase() === ".json") return true;
  const head = Buffer.alloc(64);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError(`${path}: cannot read the file (${reason})`);
  }
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    return /^\s*\{/.test(head.subarray(0, read).toString("utf8"));
  } finally {
    closeSync(fd);
  }
}

/** Writes next to the target and renames, so a half-written file never replaces a good one. */
function writeAtomic(path: string, data: string | Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

function named(file: string, error: unknown): unknown {
  if (
    error instanceof InputError &&
    !error.message.startsWith(`${basename(file)}:`) &&
    !error.message.startsWith(`${file}:`)
  ) {
    return new InputError(`${file}: ${error.message}`, error.issues);
  }
  return error;
}

async function fromVideo(file: string, args: Args, io: Io, json: boolean) {
  const rate = intFlag(args, "rate", 5, 60) ?? DEFAULT_RATE;
  const workers = intFlag(args, "workers", 1, 16);
  const bar = !json && io.stderrIsTTY ? progressBar(io.stderr) : null;
  try {
    const result = await analyzeVideo(resolve(io.cwd, file), {
      rate,
      name: file,
      ...(workers === undefined ? {} : { workers }),
      ...(bar ? { onProgress: (p: { done: number; total: number }) => bar.update(p.done, p.total) } : {}),
    });
    return result;
  } finally {
    bar?.finish();
  }
}

export const command: Command = {
  summary: "form analysis of a video or a keypoints file: reps, faults, cues and a picture",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, [
      "json",
      "picture",
      "overlay",
      "keypoints-out",
      "rate",
      "workers",
      "attach",
      "set",
      "force",
      "date",
      "data",
      "athlete",
    ]);
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new InputError(`a video or keypoints file is needed\n\n${USAGE}`);
    if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}": analyze takes one file`);
    const json = boolFlag(args, "json");
    const picture = stringFlag(args, "picture");
    const keypointsOut = stringFlag(args, "keypoints-out");
    const overlay = stringFlag(args, "overlay");
    if (overlay) overlayFormat(overlay);

    let analysis: Analysis;
    let keypoints: KeypointsFile;
    let video: { path: string; rate: number } | undefined;
    try {
      if (isKeypointsFile(resolve(io.cwd, file))) {
        if (overlay)
          throw new InputError("--overlay draws on the video: give the video rather than its keypoints");
        keypoints = readJsonAs(keypointsFileSchema, file, io.cwd);
        analysis = analyzeKeypoints(keypoints);
      } else {
        const result = await fromVideo(file, args, io, json);
        analysis = result.analysis;
        keypoints = result.keypoints;
        video = { path: resolve(io.cwd, file), rate: result.analysis.source.rateAnalysed };
      }
    } catch (error) {
      throw named(file, error);
    }

    if (keypointsOut) writeAtomic(resolve(io.cwd, keypointsOut), `${JSON.stringify(keypoints)}\n`);
    if (picture) {
      writeAtomic(
        resolve(io.cwd, picture),
        await analysisPicture(analysis, keypoints, basename(file), video?.path),
      );
    }
    if (overlay && video)
      await writeOverlay(video.path, analysis, keypoints, video.rate, resolve(io.cwd, overlay));
    if (boolFlag(args, "attach") || args.flags.has("set")) {
      const { attachAnalysis } = await import("./analyze-attach.js");
      const attached = await attachAnalysis(args, io, analysis);
      if (!json) io.stderr(`${attached}\n`);
    }
    io.stdout(json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis, file));
    if (!json && picture) io.stderr(`picture written to ${picture}\n`);
    if (!json && overlay) io.stderr(`annotated video written to ${overlay}\n`);
    return 0;
  },
};
