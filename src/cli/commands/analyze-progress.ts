/** A one-line progress bar with an ETA, redrawn in place; for a terminal only. */
export function progressBar(write: (text: string) => void, now: () => number = Date.now) {
  const started = now();
  let last = -1;
  return {
    update(done: number, total: number) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      const elapsed = (now() - started) / 1000;
      const eta = done > 0 ? (elapsed * (total - done)) / done : Number.NaN;
      const etaText = Number.isFinite(eta) ? `ETA ${Math.ceil(eta)} s` : "ETA …";
      write(
        `\r  pose ${"█".repeat(filled)}${"░".repeat(width - filled)} ${String(percent).padStart(3)}%  ${done}/${total} frames  ${etaText}   `,
      );
    },
    finish() {
      if (last >= 0) write("\r\x1b[K");
    },
  };
}
