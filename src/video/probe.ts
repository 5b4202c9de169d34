import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../contract/errors.js";
import { runTool, tools } from "./ffmpeg.js";
import { VIDEO_HELP } from "./help.js";

/** What a recording is, as the analysis needs it. Sizes are as displayed (rotation applied). */
export interface VideoInfo {
  file: string;
  durationSeconds: number;
  /** Average frame rate of the recording (variable-rate recordings vary around it). */
  fps: number;
  width: number;
  height: number;
  /** Clockwise rotation from the metadata, which ffmpeg applies while decoding. */
  rotation: 0 | 90 | 180 | 270;
  codec: string;
  /** Timestamp of the first video frame in the container (seconds). */
  startTime: number;
}

/** The longest recording analysed: a set, not a session (the issue's limit). */
export const MAX_DURATION_SECONDS = 600;

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  start_time?: string;
  nb_frames?: string;
  disposition?: { attached_pic?: number; still_image?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
}

interface Probe {
  streams?: ProbeStream[];
  format?: { duration?: string; format_name?: string };
}

function ratio(text: string | undefined): number {
  if (!text) return Number.NaN;
  const [num, den] = text.split(/[/:]/).map(Number);
  if (den === undefined) return num ?? Number.NaN;
  return den === 0 || num === undefined ? Number.NaN : num / den;
}

function rotationOf(stream: ProbeStream): VideoInfo["rotation"] {
  const raw =
    stream.side_data_list?.find((d) => typeof d.rotation === "number")?.rotation ??
    Number(stream.tags?.rotate ?? 0);
  // Display-matrix rotation is counter-clockwise; the legacy `rotate` tag is clockwise.
  const clockwise = stream.side_data_list?.some((d) => typeof d.rotation === "number") ? -raw : raw;
  const r = (((Math.round(clockwise / 90) * 90) % 360) + 360) % 360;
  return r as VideoInfo["rotation"];
}

function refusal(name: string, what: string): InputError {
  return new InputError(`${name}: ${what}`, [{ field: "file", problem: what }]);
}

/** Reads what the recording holds, refusing what is not an analysable video. */
export async function probeVideo(file: string, name = basename(file)): Promise<VideoInfo> {
  const size = (await stat(file)).size;
  if (size === 0)
    throw refusal(name, `the file is empty (0 bytes): the upload or copy did not finish. ${VIDEO_HELP}`);
  const { ffprobe } = tools();
  const result = await runTool(ffprobe, [
    "-v",
    "error",
    "-print_format",
    "json",
    "-show_format",
    "-show_streams",
    file,
  ]);
  const probe = (() => {
    try {
      return JSON.parse(result.stdout) as Probe;
    } catch {
      return {} as Probe;
    }
  })();
  const streams = probe.streams ?? [];
  if (result.code !== 0 || streams.length === 0) {
    const said = result.stderr.trim().split("\n").pop() ?? "";
    if (
      /moov atom not found|Invalid data found|End of file|truncated/i.test(said) &&
      looksLikeVideoName(file)
    ) {
      throw refusal(
        name,
        `not a readable video: the file looks cut short or damaged (ffmpeg: "${said.replace(/^.*?: /, "")}"). Copy or upload the whole recording again. ${VIDEO_HELP}`,
      );
    }
    throw refusal(
      name,
      `not a video or a keypoints file: ffmpeg could not read it${said ? ` ("${said.replace(/^.*?: /, "")}")` : ""}. Give a recording (mp4, mov, webm, mkv) or a keypoints .json file. ${VIDEO_HELP}`,
    );
  }
  const video = streams.find(
    (s) => s.codec_type === "video" && !s.disposition?.attached_pic && !s.disposition?.still_image,
  );
  if (!video) {
    const audio = streams.some((s) => s.codec_type === "audio");
    throw refusal(
      name,
      audio
        ? `the file holds only sound (no video track): there is nothing to see. ${VIDEO_HELP}`
        : `the file holds no video track (only ${streams.map((s) => s.codec_type ?? "unknown").join(", ")}). ${VIDEO_HELP}`,
    );
  }
  const rotation = rotationOf(video);
  const sar = ratio(video.sample_aspect_ratio);
  const codedW = video.width ?? 0;
  const codedH = video.height ?? 0;
  const shownW = Math.round(codedW * (Number.isFinite(sar) && sar > 0 ? sar : 1));
  const [width, height] = rotation % 180 === 0 ? [shownW, codedH] : [codedH, shownW];
  const fps = [ratio(video.avg_frame_rate), ratio(video.r_frame_rate)].find(
    (f) => Number.isFinite(f) && f > 0 && f <= 1000,
  );
  const duration = [Number(video.duration), Number(probe.format?.duration)].find(
    (d) => Number.isFinite(d) && d > 0,
  );
  if (!(width > 0 && height > 0) || fps === undefined) {
    throw refusal(
      name,
      `the video track has no usable picture size or frame rate; it may be damaged. ${VIDEO_HELP}`,
    );
  }
  if (duration === undefined) {
    throw refusal(name, `the video has no duration: it is empty or cut short. ${VIDEO_HELP}`);
  }
  if (duration > MAX_DURATION_SECONDS) {
    throw refusal(
      name,
      `the video lasts ${formatDuration(duration)}, longer than the ${MAX_DURATION_SECONDS / 60} minutes analysed: record one set per clip (trim it to the set, from lying back to the last rep). ${VIDEO_HELP}`,
    );
  }
  return {
    file,
    durationSeconds: duration,
    fps,
    width,
    height,
    rotation,
    codec: video.codec_name ?? "unknown",
    startTime: Number(video.start_time ?? 0) || 0,
  };
}

function looksLikeVideoName(file: string): boolean {
  return /\.(mp4|m4v|mov|qt|webm|mkv|avi|3gp)$/i.test(file);
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return `${m} min ${s} s`;
}
