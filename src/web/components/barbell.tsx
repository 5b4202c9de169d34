// A barbell seen from the front with the plates of one side drawn on both, heaviest inside.
// Plate colours follow the usual calibrated-plate convention so they read at a glance.
import type { PlatesPerSide } from "../types.js";

const KG_COLOURS: Record<string, string> = {
  "25": "#dc2626",
  "20": "#2563eb",
  "15": "#eab308",
  "10": "#16a34a",
  "5": "#f8fafc",
  "2.5": "#1f2937",
  "1.25": "#9ca3af",
};
const LB_COLOURS: Record<string, string> = {
  "45": "#2563eb",
  "35": "#eab308",
  "25": "#16a34a",
  "10": "#f8fafc",
  "5": "#1f2937",
  "2.5": "#9ca3af",
};

export function Barbell({ plates, unit }: { plates: PlatesPerSide; unit: string }) {
  const colours = unit === "kg" ? KG_COLOURS : LB_COLOURS;
  const biggest = Math.max(...plates.perSide, unit === "kg" ? 20 : 45);
  const width = 320;
  const mid = 60;
  const inner = 118; // the left collar; plates stack outwards from it
  const plateW = Math.min(14, 104 / Math.max(1, plates.perSide.length) - 2);
  const height = (p: number) => 28 + 72 * Math.sqrt(p / biggest);
  const side = plates.perSide.map((p, i) => ({ p, x: inner - (i + 1) * (plateW + 2), h: height(p) }));
  const described = plates.perSide.length
    ? `Per side: ${plates.perSide.join(" + ")} ${unit} on a ${plates.bar} ${unit} bar, ${plates.total} ${unit} in all`
    : `The bar alone: ${plates.bar} ${unit}`;
  return (
    <figure className="barbell">
      <svg viewBox={`0 0 ${width} 120`} role="img" aria-label={described}>
        <rect x="8" y={mid - 4} width={width - 16} height="8" rx="3" className="bar" />
        <rect x={inner} y={mid - 10} width="6" height="20" className="collar" />
        <rect x={width - inner - 6} y={mid - 10} width="6" height="20" className="collar" />
        {side.map(({ p, x, h }) => (
          <g key={`l${x}`}>
            <rect
              x={x}
              y={mid - h / 2}
              width={plateW}
              height={h}
              rx="3"
              fill={colours[String(p)] ?? "#64748b"}
              className="plate"
            />
            <rect
              x={width - x - plateW}
              y={mid - h / 2}
              width={plateW}
              height={h}
              rx="3"
              fill={colours[String(p)] ?? "#64748b"}
              className="plate"
            />
          </g>
        ))}
      </svg>
      <figcaption>{described}</figcaption>
    </figure>
  );
}
