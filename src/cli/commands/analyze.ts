import { extname } from "node:path";
import { keypointsFileSchema } from "../../contract/keypoints.js";
import { analyzeKeypoints } from "../../form/analyze.js";
import { allowOnly, boolFlag, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import { readJsonAs } from "../files.js";
import type { Command } from "../io.js";
import { formatAnalysis } from "../report/analysis.js";

const USAGE = `hipthrust analyze FILE.json [--json]

Form analysis of one recorded set from pose keypoints: reps with their timing and angles, faults, and
cues to fix them. FILE is a keypoints file (see CONTRACT.md, "Keypoints file"): fps, width, height,
format ("coco17" or "blazepose33") and frames of [x, y, score] keypoints.
Film side on, with the whole body in frame and the camera near hip height.

  --json   print the analysis as JSON instead of a report`;

function videoNotYet(file: string): InputError {
  return new InputError(
    `${file}: not a keypoints file (.json). Video input arrives with the pose-model step and is not supported yet. ` +
      "For now, run a pose model (MoveNet or MediaPipe BlazePose) on the video yourself and save its keypoints as " +
      'JSON: {"fps": 30, "width": 1280, "height": 720, "format": "coco17", "frames": [{"t": 0.0, "keypoints": [[x, y, score], …]}]} ' +
      "(see CONTRACT.md and examples/keypoints-hip-thrust.json), then run `hipthrust analyze FILE.json`.",
  );
}

export const command: Command = {
  summary: "form analysis of a keypoints file: reps, faults and cues",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["json"]);
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new InputError(`a keypoints file is needed\n\n${USAGE}`);
    if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}": analyze takes one file`);
    if (extname(file).toLowerCase() !== ".json") throw videoNotYet(file);

    const keypoints = readJsonAs(keypointsFileSchema, file, io.cwd);
    let analysis: ReturnType<typeof analyzeKeypoints>;
    try {
      analysis = analyzeKeypoints(keypoints);
    } catch (error) {
      // The analysis refuses front views and empty recordings; say which file it was.
      if (error instanceof InputError) throw new InputError(`${file}: ${error.message}`, error.issues);
      throw error;
    }
    io.stdout(
      boolFlag(args, "json") ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis, file),
    );
    return 0;
  },
};
