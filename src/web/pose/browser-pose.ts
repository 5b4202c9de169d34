// The browser's pose adapter: MoveNet Lightning from our own server (/models), on tfjs WebGL where
// the device has it, else WASM (/wasm). Frames come from a <video> on this phone, sampled by
// seeking; nothing is uploaded. Loaded lazily with the form-check screen only.
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs-backend-webgl";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import * as tf from "@tensorflow/tfjs-core";
import type { KeypointsFile } from "../../contract/keypoints.js";
import { adaptivePoses, type Sample } from "../../pose/adaptive.js";
import { type PoseFrame, rescale, toKeypointsFile } from "../../pose/keypoints-file.js";
import { MoveNet, warmUp } from "../../pose/movenet.js";
import { plateVerdict, plateWatch } from "../../pose/plate.js";

/** The CLI's default sampling rate, so both count the same reps from the same clip. */
export const SAMPLE_HZ = 15;
/** Frames are read at most this many pixels on their long side (MoveNet sees a 192×192 crop). */
const MAX_SIDE = 1280;
/** Seek half a 30 fps frame past each sample time, so the frame shown is the nearest one, as ffmpeg's fps filter picks. */
const HALF_FRAME = 1 / 60;

export type Backend = "webgl" | "wasm";

let ready: Promise<{ model: MoveNet; backend: Backend }> | null = null;

/** WebGL drawn by the CPU (SwiftShader, llvmpipe) is many times slower than WASM: skip it. */
function hardwareWebgl(): boolean {
  const gl =
    document.createElement("canvas").getContext("webgl2") ??
    document.createElement("canvas").getContext("webgl");
  if (!gl) return false;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  return !/swiftshader|llvmpipe|software/i.test(renderer);
}

async function pickBackend(preferred?: Backend): Promise<Backend> {
  setWasmPaths("/wasm/");
  const order: Backend[] = preferred ? [preferred] : hardwareWebgl() ? ["webgl", "wasm"] : ["wasm"];
  for (const backend of order) {
    try {
      if (await tf.setBackend(backend)) {
        await tf.ready();
        return backend;
      }
    } catch {
      // This device lacks it (no WebGL, or WebGL without float textures): try the next one.
    }
  }
  throw new Error("neither WebGL nor WebAssembly works in this browser");
}

/** The model, loaded once and warmed up with one pass. */
export function loadModel(preferred?: Backend): Promise<{ model: MoveNet; backend: Backend }> {
  ready ??= (async () => {
    const backend = await pickBackend(preferred);
    const graph = await loadGraphModel("/models/movenet-lightning.json");
    const model = new MoveNet(graph);
    await warmUp(model);
    return { model, backend };
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

function seek(video: HTMLVideoElement, t: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      video.removeEventListener("seeked", done);
      video.removeEventListener("error", failed);
      resolve();
    };
    const failed = () => reject(new Error("this video could not be read by the browser"));
    video.addEventListener("seeked", done);
    video.addEventListener("error", failed);
    video.currentTime = t;
  });
}

function rgbOf(image: ImageData): Uint8Array {
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let i = 0, j = 0; i < image.data.length; i += 4, j += 3) {
    rgb[j] = image.data[i] as number;
    rgb[j + 1] = image.data[i + 1] as number;
    rgb[j + 2] = image.data[i + 2] as number;
  }
  return rgb;
}

/** The video's frames at SAMPLE_HZ, drawn at the canvas's size. */
async function* videoSamples(
  video: HTMLVideoElement,
  ctx: CanvasRenderingContext2D,
  total: number,
  signal?: AbortSignal,
): AsyncGenerator<Sample> {
  const { width, height } = ctx.canvas;
  for (let index = 0; index < total; index++) {
    if (signal?.aborted) throw new DOMException("stopped", "AbortError");
    const t = index / SAMPLE_HZ;
    await seek(video, Math.min(t + HALF_FRAME, video.duration));
    ctx.drawImage(video, 0, 0, width, height);
    yield { index, t, frame: { data: rgbOf(ctx.getImageData(0, 0, width, height)), width, height } };
  }
}

export interface Progress {
  done: number;
  total: number;
}

export interface PoseRun {
  keypoints: KeypointsFile;
  /** Why lockout cannot be judged (a weight plate over the hip), or null. */
  hipHidden: string | null;
  backend: Backend;
  /** Frames analysed per second of wall time (decode by seeking included). */
  fps: number;
}

/** Keypoints of a loaded <video>, sampled at SAMPLE_HZ, in the video's own pixels. */
export async function poseOfVideo(
  video: HTMLVideoElement,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
  preferred?: Backend,
): Promise<PoseRun> {
  const { model, backend } = await loadModel(preferred);
  const { videoWidth: width, videoHeight: height, duration } = video;
  if (!width || !height || !Number.isFinite(duration))
    throw new Error("this file has no video the browser can read");
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("this browser cannot draw video frames");
  const total = Math.max(1, Math.floor(duration * SAMPLE_HZ));
  const frames: PoseFrame[] = [];
  const started = performance.now();
  // The CLI's pass: tracking, the closer-up search for a person seen small, adaptive sampling.
  const plates = plateWatch();
  const looks: boolean[] = [];
  for await (const pose of adaptivePoses(plates.tap(videoSamples(video, ctx, total, signal)), model)) {
    const hidden = plates.check(pose);
    if (hidden !== undefined) looks.push(hidden);
    frames.push({ t: pose.t, keypoints: rescale(pose.keypoints, scale) });
    onProgress({ done: frames.length, total });
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    // A browser does not tell a video's frame rate; the file speaks of the sampled frames.
    keypoints: toKeypointsFile({ fps: SAMPLE_HZ, width, height }, frames),
    hipHidden: plateVerdict(looks),
    backend,
    fps: total / seconds,
  };
}
