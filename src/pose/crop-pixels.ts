import type { CropRegion } from "./crop.js";
import type { Frame, RgbFrame, Yuv420Frame } from "./types.js";

/**
 * Samples a square region of a frame (bilinear, black outside the frame) into a model's packed RGB
 * input. Done in plain code rather than on the backend so that only the model's pixels reach it;
 * it runs on every frame, so each axis's neighbours and weights are worked out once per crop and the
 * inner loop tests no bounds. Pure.
 */

/**
 * Where each output pixel falls along one axis of a plane: the byte offsets of its two neighbours and
 * their weights. A neighbour outside the plane has weight 0 (and offset 0, so it can still be read);
 * the missing weight is made up with the padding value.
 */
interface Axis {
  near: Int32Array;
  far: Int32Array;
  nearWeight: Float32Array;
  farWeight: Float32Array;
}

/** Positions `start + (i + 0.5) × step − 0.5` for i < size, in a plane `length` pixels long. */
function axis(size: number, start: number, step: number, length: number, stride: number): Axis {
  const near = new Int32Array(size);
  const far = new Int32Array(size);
  const nearWeight = new Float32Array(size);
  const farWeight = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const s = start + (i + 0.5) * step - 0.5;
    const s0 = Math.floor(s);
    const f = s - s0;
    const nearInside = s0 >= 0 && s0 < length;
    const farInside = s0 + 1 >= 0 && s0 + 1 < length;
    near[i] = nearInside ? s0 * stride : 0;
    far[i] = farInside ? (s0 + 1) * stride : 0;
    nearWeight[i] = nearInside ? 1 - f : 0;
    farWeight[i] = farInside ? f : 0;
  }
  return { near, far, nearWeight, farWeight };
}

/** One bilinear sample at (row, col) of the channel whose bytes start at `base`. */
function sample(
  data: Uint8Array,
  base: number,
  rows: Axis,
  row: number,
  cols: Axis,
  col: number,
  pad: number,
) {
  const top = base + (rows.near[row] as number);
  const bottom = base + (rows.far[row] as number);
  const wt = rows.nearWeight[row] as number;
  const wb = rows.farWeight[row] as number;
  const l = cols.near[col] as number;
  const r = cols.far[col] as number;
  const wl = cols.nearWeight[col] as number;
  const wr = cols.farWeight[col] as number;
  const inside =
    wt * (wl * (data[top + l] as number) + wr * (data[top + r] as number)) +
    wb * (wl * (data[bottom + l] as number) + wr * (data[bottom + r] as number));
  return inside + pad * (1 - (wt + wb) * (wl + wr));
}

// Values are 0–255: adding a half and truncating is Math.round, and cheaper.
const toByte = (value: number) => (value <= 0 ? 0 : value >= 255 ? 255 : (value + 0.5) | 0);

function cropRgb(frame: RgbFrame, region: CropRegion, size: number): Int32Array {
  const step = region.size / size;
  const cols = axis(size, region.x, step, frame.width, 3);
  const rows = axis(size, region.y, step, frame.height, frame.width * 3);
  const out = new Int32Array(size * size * 3);
  const { data } = frame;
  let o = 0;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      out[o++] = toByte(sample(data, 0, rows, row, cols, col, 0));
      out[o++] = toByte(sample(data, 1, rows, row, cols, col, 0));
      out[o++] = toByte(sample(data, 2, rows, row, cols, col, 0));
    }
  }
  return out;
}

/** BT.601 limited range to RGB (the matrix ffmpeg uses for untagged video). */
const Y_SCALE = 255 / 219;
const V_TO_R = 1.596027;
const U_TO_G = 0.391762;
const V_TO_G = 0.812968;
const U_TO_B = 2.017232;

function cropYuv420(frame: Yuv420Frame, region: CropRegion, size: number): Int32Array {
  const { width, height, yuv420 } = frame;
  const step = region.size / size;
  const chromaWidth = (width + 1) >> 1;
  const chromaHeight = (height + 1) >> 1;
  const uBase = width * height;
  const vBase = uBase + chromaWidth * chromaHeight;
  const lumaCols = axis(size, region.x, step, width, 1);
  const lumaRows = axis(size, region.y, step, height, width);
  // A chroma sample sits at the centre of its 2×2 luma block.
  const chromaCols = axis(size, region.x / 2, step / 2, chromaWidth, 1);
  const chromaRows = axis(size, region.y / 2, step / 2, chromaHeight, chromaWidth);
  const out = new Int32Array(size * size * 3);
  let o = 0;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Padding of Y 16 and U, V 128 is black, as the RGB crop pads.
      const luma = (sample(yuv420, 0, lumaRows, row, lumaCols, col, 16) - 16) * Y_SCALE;
      const d = sample(yuv420, uBase, chromaRows, row, chromaCols, col, 128) - 128;
      const e = sample(yuv420, vBase, chromaRows, row, chromaCols, col, 128) - 128;
      out[o++] = toByte(luma + V_TO_R * e);
      out[o++] = toByte(luma - U_TO_G * d - V_TO_G * e);
      out[o++] = toByte(luma + U_TO_B * d);
    }
  }
  return out;
}

/** The region as packed RGB, size × size × 3 values of 0–255. */
export function cropPixels(frame: Frame, region: CropRegion, size: number): Int32Array {
  return "yuv420" in frame ? cropYuv420(frame, region, size) : cropRgb(frame, region, size);
}
