/** Small helpers for SVG drawn as text. */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

export function text(
  x: number,
  y: number,
  content: string,
  { size = 14, fill = "#fff", weight = "normal", anchor = "start" } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** Text with a dark halo so it reads on any video frame. */
export function haloText(
  x: number,
  y: number,
  content: string,
  options: Parameters<typeof text>[3] = {},
): string {
  const halo = text(x, y, content, { ...options, fill: "#000" }).replace(
    "<text ",
    '<text stroke="#000" stroke-width="4" stroke-linejoin="round" ',
  );
  return halo + text(x, y, content, options);
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 2,
  extra = "",
): string {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" ${extra}/>`;
}

export const COLORS = {
  ok: "#3ddc84",
  fault: "#ff5252",
  warn: "#ffb74d",
  muted: "#9e9e9e",
  bone: "#4fc3f7",
  background: "#15181d",
  panel: "#20242b",
  grid: "#3a3f48",
  text: "#eceff1",
};
