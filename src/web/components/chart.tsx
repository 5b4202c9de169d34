// A uPlot chart that follows its container's width and the system theme, with a table fallback
// for screen readers (the canvas itself is hidden from them).
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface Series {
  label: string;
  values: (number | null)[];
  colour: string;
  dash?: number[];
  points?: boolean;
  /** Draw as points only (marks), no line. */
  marksOnly?: boolean;
}

const PALETTE = ["#0f766e", "#b45309", "#7c3aed", "#be123c", "#2563eb", "#4d7c0f", "#0e7490", "#a21caf"];
export const colour = (i: number) => PALETTE[i % PALETTE.length] as string;

export function Chart({
  title,
  x,
  series,
  yLabel,
  xIsTime = true,
}: {
  title: string;
  x: number[];
  series: Series[];
  yLabel: string;
  xIsTime?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || x.length === 0) return;
    const dark = matchMedia("(prefers-color-scheme: dark)").matches;
    const ink = dark ? "#cbd5e1" : "#334155";
    const grid = dark ? "#334155" : "#e2e8f0";
    const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
    const plot = new uPlot(
      {
        width: el.clientWidth || 320,
        height: 200,
        scales: { x: { time: xIsTime } },
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        axes: [axis, { ...axis, label: yLabel, size: 50 }],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.colour,
            width: s.marksOnly ? 0 : 2,
            dash: s.dash,
            spanGaps: true,
            points: { show: s.points ?? s.marksOnly ?? true, size: s.marksOnly ? 10 : 6, fill: s.colour },
          })),
        ],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, series, yLabel, xIsTime]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} aria-hidden="true" />
    </figure>
  );
}

export const dayToSeconds = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 1000;
