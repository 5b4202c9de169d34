// Small building blocks shared by the screens.
import type { ReactNode } from "react";
import { ApiError, OfflineError } from "../api.js";
import { useSession } from "../session.js";

export function Screen({
  title,
  children,
  actions,
  picker,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** The screen shows one athlete's data: offer the switch when the user may see several. */
  picker?: boolean;
}) {
  return (
    <main id="main" className="screen" aria-labelledby="screen-title">
      <header className="screen-head">
        <h1 id="screen-title">{title}</h1>
        {picker && <AthletePicker />}
        {actions}
      </header>
      {children}
    </main>
  );
}

export function Problem({ error }: { error: unknown }) {
  if (!error) return null;
  const text =
    error instanceof OfflineError
      ? "No connection to the server. What you log is kept on this phone and sent when the connection is back."
      : error instanceof ApiError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
  return (
    <p className="problem" role="alert">
      {text}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-busy="true">
      Loading {what}…
    </p>
  );
}

export function StaleNote({ stale }: { stale: boolean }) {
  return stale ? (
    <p className="note" role="status">
      Offline: showing the copy kept on this phone.
    </p>
  ) : null;
}

/** A fold-out block ("why", details): native, keyboard-ready. */
export function Fold({ summary, children, open }: { summary: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="fold" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** The 0–10 scale of soreness, fatigue and pain. */
export const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const exerciseName = (id: string): string =>
  id.startsWith("other:") ? id.slice(6) : id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

export function formatLoad(load: number | null, unit: string): string {
  if (load === null) return "bodyweight";
  if (load === 0) return "bodyweight";
  return `${Number(load.toFixed(2))} ${unit}`;
}

/** Which athlete the screens show, among those this user may see (a coach: their athletes). */
function AthletePicker() {
  const { athletes, athlete, chooseAthlete } = useSession();
  if (athletes.length < 2 || !athlete) return null;
  return (
    <select
      className="athlete-picker"
      aria-label="Athlete shown"
      value={athlete}
      onChange={(e) => chooseAthlete(e.target.value)}
    >
      {athletes.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** A new password as the server takes it (8–256 characters), labelled, with a hint. */
export function NewPassword({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <span className="hint">{hint}</span>
      <input
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={256}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
