// RPE as one tap, with what it means in reps left in the tank (RIR).
const VALUES = [6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

export const rir = (rpe: number) =>
  rpe >= 10 ? "no rep left" : `about ${10 - rpe} ${10 - rpe === 1 ? "rep" : "reps"} left`;

export function RpePicker({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  return (
    <fieldset className="rpe">
      <legend>
        RPE <span className="hint">how hard: 10 = no rep left, 8 = two left (RIR 2)</span>
      </legend>
      <div className="rpe-grid">
        {VALUES.map((v) => (
          <label key={v} className={value === v ? "on" : undefined}>
            <input
              type="radio"
              name="rpe"
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              onClick={() => value === v && onChange(null)}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
      <p className="muted" aria-live="polite">
        {value === null ? "Not rated (tap again to clear a rating)." : `RPE ${value}: ${rir(value)}.`}
      </p>
    </fieldset>
  );
}
