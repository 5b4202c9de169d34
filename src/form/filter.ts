/** One Euro filter settings; cutoffs in Hz so the smoothing is the same at any frame rate. */
export interface OneEuroParams {
  minCutoffHz: number;
  beta: number;
  derivativeCutoffHz: number;
}

function smoothingFactor(cutoffHz: number, dt: number): number {
  const r = 2 * Math.PI * cutoffHz * dt;
  return r / (r + 1);
}

/** One causal pass, forwards or backwards in time; NaN samples pass through and restart the filter. */
function pass(
  values: Float64Array,
  times: Float64Array,
  params: OneEuroParams,
  backwards: boolean,
): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  let started = false;
  let previous = 0;
  let speed = 0;
  let lastTime = 0;
  for (let k = 0; k < n; k++) {
    const i = backwards ? n - 1 - k : k;
    const x = values[i] as number;
    const t = times[i] as number;
    if (Number.isNaN(x)) {
      out[i] = Number.NaN;
      started = false;
      continue;
    }
    if (!started) {
      started = true;
      previous = x;
      speed = 0;
    } else {
      const dt = Math.abs(t - lastTime);
      if (dt > 0) {
        speed += smoothingFactor(params.derivativeCutoffHz, dt) * ((x - previous) / dt - speed);
        // Fast movement raises the cutoff: little lag when moving, strong smoothing when still.
        const cutoff = params.minCutoffHz + params.beta * Math.abs(speed);
        previous += smoothingFactor(cutoff, dt) * (x - previous);
      }
    }
    lastTime = t;
    out[i] = previous;
  }
  return out;
}

/**
 * One Euro filter run forwards then backwards. The recording is complete before analysis, so the
 * second pass cancels the first one's lag and event times (top, end of descent) are not delayed.
 */
export function smoothZeroPhase(
  values: Float64Array,
  times: Float64Array,
  params: OneEuroParams,
): Float64Array {
  return pass(pass(values, times, params, false), times, params, true);
}
