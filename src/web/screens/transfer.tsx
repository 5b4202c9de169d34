// Import and export: a Strong, Hevy or hipthrust file is previewed (nothing stored) and stored
// only on confirm; the log downloads as JSON or CSV.
import { type ChangeEvent, useState } from "react";
import { api, athletePath } from "../api.js";
import { Problem, Screen } from "../components/ui.js";
import { useAthlete } from "../session.js";

interface Preview {
  format: string;
  unit: "kg" | "lb" | null;
  sessions: number;
  sets: number;
  first: string | null;
  last: string | null;
  mapped: { exercise: string; name: string; sets: number }[];
  unmapped: { exercise: string; name: string; sets: number }[];
  warnings: string[];
  profile: boolean;
}
interface Imported {
  added: number;
  skipped: number;
  profile: "stored" | "kept" | "none";
  unit: string;
}

const FORMATS: Record<string, string> = {
  "strong-csv": "Strong CSV",
  "hevy-csv": "Hevy CSV",
  "hipthrust-csv": "hipthrust CSV",
  "hipthrust-json": "hipthrust JSON",
};

export default function TransferScreen() {
  const athlete = useAthlete();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [unit, setUnit] = useState<"" | "kg" | "lb">("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const body = (f: { name: string; text: string }, u: string) => ({
    fileName: f.name,
    text: f.text,
    ...(u && { unit: u }),
  });

  const look = async (f: { name: string; text: string }, u: string) => {
    setError(null);
    setPreview(null);
    setDone(null);
    setBusy(true);
    try {
      setPreview(
        await api<Preview>(athletePath(athlete, "/import/preview"), { method: "POST", body: body(f, u) }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    if (!picked) return;
    const f = { name: picked.name, text: await picked.text() };
    setFile(f);
    await look(f, unit);
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api<Imported>(athletePath(athlete, "/import"), { method: "POST", body: body(file, unit) }),
      );
      setPreview(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title="Import and export" picker>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <p className="muted">
          From Strong or Hevy (Settings → Export data → CSV), or a hipthrust export. You see what would be
          added before anything is stored; importing the same file again adds only new workouts.
        </p>
        <label>
          Export file
          <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e)} />
        </label>
        <label>
          Unit of the file's loads{" "}
          <span className="hint">only for files that do not say (older Strong exports)</span>
          <select
            value={unit}
            onChange={(e) => {
              const u = e.target.value as "" | "kg" | "lb";
              setUnit(u);
              if (file) void look(file, u);
            }}
          >
            <option value="">as the file says</option>
            <option value="kg">kg</option>
            <option value="lb">lb</option>
          </select>
        </label>
        <Problem error={error} />
        {preview && (
          <div className="preview" aria-live="polite">
            <h3>Preview of {file?.name}</h3>
            <p>
              {FORMATS[preview.format] ?? preview.format}: <strong>{preview.sessions} sessions</strong>,{" "}
              {preview.sets} sets
              {preview.first && ` from ${preview.first} to ${preview.last}`}; loads in{" "}
              {preview.unit ?? "an unknown unit"}.
            </p>
            {preview.mapped.length > 0 && (
              <p>Recognised: {preview.mapped.map((m) => `${m.name} (${m.sets})`).join(", ")}</p>
            )}
            {preview.unmapped.length > 0 && (
              <p>
                Kept under their own names (no rule reads them):{" "}
                {preview.unmapped.map((m) => `${m.name} (${m.sets})`).join(", ")}
              </p>
            )}
            {preview.warnings.length > 0 && (
              <ul className="warnings">
                {preview.warnings.map((w) => (
                  <li key={w} className="warning">
                    {w}
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="primary"
              disabled={busy || !preview.unit}
              onClick={() => void confirm()}
            >
              Import {preview.sessions} sessions
            </button>
            {!preview.unit && <p className="problem">Choose the file's unit first.</p>}
          </div>
        )}
        {done && (
          <p className="ok" role="status">
            Imported: {done.added} sessions added, {done.skipped} already stored.
            {done.profile === "stored" && " The file's profile was stored."}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p className="muted">Your whole log, to keep or to move elsewhere.</p>
        <div className="actions">
          <a className="button" href={`/api${athletePath(athlete, "/export?format=json")}`} download>
            Download JSON
          </a>
          <a className="button" href={`/api${athletePath(athlete, "/export?format=csv")}`} download>
            Download CSV
          </a>
        </div>
      </section>
    </Screen>
  );
}
