// The profile as a short guided form: about you, equipment, then limits and other training.
// Field names and allowed values come from the core; the server's checks name any bad field.
import { type FormEvent, type ReactNode, useState } from "react";
import { EQUIPMENT_IDS } from "../../core/equipment.js";
import { KNOWN_CONSTRAINTS, KNOWN_TRAINING } from "../../core/profile-checks.js";
import { DEFAULT_BAR, DEFAULT_PLATES } from "../../core/progression/plates.js";
import { ApiError } from "../api.js";
import type { Profile, Unit } from "../types.js";
import { Problem } from "./ui.js";

const EXPERIENCE = ["novice", "intermediate", "advanced"] as const;
const GOALS: { id: Profile["goal"]; label: string }[] = [
  { id: "hypertrophy", label: "Bigger glutes" },
  { id: "strength", label: "A stronger hip thrust" },
  { id: "athletic", label: "Speed and power for sport" },
  { id: "accessory", label: "Support my squat or deadlift" },
  { id: "general", label: "General fitness" },
  { id: "activation", label: "A warm-up only" },
];
const label = (id: string) => id.replace(/-/g, " ");

type Draft = Record<string, string | boolean | string[]>;

function toDraft(profile: Profile | null, unit: Unit): Draft {
  return {
    unit: profile?.unit ?? unit,
    bodyweight: profile?.bodyweight?.toString() ?? "",
    experience: profile?.experience ?? "novice",
    goal: profile?.goal ?? "hypertrophy",
    daysPerWeek: String(profile?.daysPerWeek ?? 3),
    equipment: profile?.equipment ?? ["barbell", "plates", "bench"],
    plates: (profile?.plates ?? DEFAULT_PLATES[profile?.unit ?? unit]).join(", "),
    barWeight: String(profile?.barWeight ?? DEFAULT_BAR[profile?.unit ?? unit]),
    dumbbellMax: profile?.dumbbellMax?.toString() ?? "",
    bands: (profile?.bands ?? []).join(", "),
    smithBarWeight: profile?.smithBarWeight?.toString() ?? "",
    machineStep: profile?.machineStep?.toString() ?? "",
    machineMax: profile?.machineMax?.toString() ?? "",
    constraints: profile?.constraints ?? [],
    otherTraining: profile?.otherTraining ?? [],
  };
}

const num = (text: unknown) => (typeof text === "string" && text.trim() !== "" ? Number(text) : undefined);
const list = (text: unknown) =>
  typeof text === "string"
    ? text
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function toProfile(d: Draft, keep: Profile | null): Profile {
  const equipment = d.equipment as string[];
  const has = (id: string) => equipment.includes(id);
  const profile: Profile = {
    ...(keep?.challenge && { challenge: keep.challenge }),
    ...(keep?.sportDays && { sportDays: keep.sportDays }),
    unit: d.unit as Unit,
    experience: d.experience as Profile["experience"],
    goal: d.goal as Profile["goal"],
    daysPerWeek: Number(d.daysPerWeek),
    equipment,
    constraints: d.constraints as string[],
    otherTraining: d.otherTraining as string[],
  };
  const set = <K extends keyof Profile>(key: K, value: Profile[K] | undefined) => {
    if (value !== undefined && !(typeof value === "number" && Number.isNaN(value))) profile[key] = value;
  };
  set("bodyweight", num(d.bodyweight));
  if (has("plates")) set("plates", list(d.plates).map(Number));
  if (has("barbell")) set("barWeight", num(d.barWeight));
  if (has("dumbbells")) set("dumbbellMax", num(d.dumbbellMax));
  if (has("bands")) set("bands", list(d.bands));
  if (has("smith-machine")) set("smithBarWeight", num(d.smithBarWeight));
  if (has("hip-thrust-machine")) {
    set("machineStep", num(d.machineStep));
    set("machineMax", num(d.machineMax));
  }
  return profile;
}

const STEPS = ["About you", "Equipment", "Limits and other training"] as const;

export function ProfileForm({
  initial,
  unit,
  submitLabel,
  onSubmit,
  before,
}: {
  initial: Profile | null;
  unit: Unit;
  submitLabel: string;
  onSubmit: (profile: Profile) => Promise<void>;
  /** Fields shown above the first step (the athlete's name on the first run). */
  before?: ReactNode;
}) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial, unit));
  const [step, setStep] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const put = (key: string, value: string | string[]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (key: string, id: string) =>
    setDraft((d) => {
      const values = d[key] as string[];
      return { ...d, [key]: values.includes(id) ? values.filter((v) => v !== id) : [...values, id] };
    });
  const has = (id: string) => (draft.equipment as string[]).includes(id);
  const problem = (field: string) => (error instanceof ApiError ? error.problem(field) : undefined);
  const u = draft.unit as string;

  const text = (key: string, title: string, hint?: string, inputMode: "decimal" | "text" = "decimal") => (
    <label>
      {title}
      {hint && <span className="hint">{hint}</span>}
      <input
        name={key}
        inputMode={inputMode}
        value={draft[key] as string}
        onChange={(e) => put(key, e.target.value)}
        aria-invalid={problem(key) ? true : undefined}
      />
      {problem(key) && <span className="field-problem">{problem(key)}</span>}
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (step < STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(toProfile(draft, initial));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="card guided" aria-label="Profile">
      <ol className="steps" aria-label="Steps">
        {STEPS.map((name, i) => (
          <li key={name} aria-current={i === step ? "step" : undefined}>
            {name}
          </li>
        ))}
      </ol>
      {step === 0 && (
        <fieldset>
          <legend>{STEPS[0]}</legend>
          {before}
          <div className="row">
            <label>
              Unit
              <select name="unit" value={u} onChange={(e) => put("unit", e.target.value)}>
                <option value="kg">kg</option>
                <option value="lb">lb</option>
              </select>
            </label>
            {text("bodyweight", `Bodyweight (${u})`, "optional")}
          </div>
          <label>
            Experience with the hip thrust
            <select
              name="experience"
              value={draft.experience as string}
              onChange={(e) => put("experience", e.target.value)}
            >
              {EXPERIENCE.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="choices">
            <legend>Main goal</legend>
            {GOALS.map((g) => (
              <label key={g.id} className="choice">
                <input
                  type="radio"
                  name="goal"
                  value={g.id}
                  checked={draft.goal === g.id}
                  onChange={() => put("goal", g.id)}
                />
                {g.label}
              </label>
            ))}
          </fieldset>
          <label>
            Training days a week (all training)
            <input
              name="daysPerWeek"
              type="number"
              min={1}
              max={7}
              value={draft.daysPerWeek as string}
              onChange={(e) => put("daysPerWeek", e.target.value)}
            />
          </label>
        </fieldset>
      )}
      {step === 1 && (
        <fieldset>
          <legend>{STEPS[1]}</legend>
          <p className="muted">Tick what you can use. Nothing ticked: bodyweight work only.</p>
          <div className="checks">
            {EQUIPMENT_IDS.map((id) => (
              <label key={id} className="choice">
                <input
                  type="checkbox"
                  name="equipment"
                  checked={has(id)}
                  onChange={() => toggle("equipment", id)}
                />
                {label(id)}
              </label>
            ))}
          </div>
          {has("barbell") && text("barWeight", `Bar weight (${u})`)}
          {has("plates") &&
            text("plates", `Plates you have, each size once (${u})`, "e.g. 20, 10, 5, 2.5, 1.25", "text")}
          {has("dumbbells") && text("dumbbellMax", `Heaviest dumbbell (${u})`)}
          {has("bands") && text("bands", "Bands, lightest first", "e.g. light, medium, heavy", "text")}
          {has("smith-machine") &&
            text("smithBarWeight", `Smith bar's own weight (${u})`, "often lighter or counterbalanced")}
          {has("hip-thrust-machine") && (
            <div className="row">
              {text("machineStep", `Machine step (${u})`)}
              {text("machineMax", `Machine top (${u})`)}
            </div>
          )}
        </fieldset>
      )}
      {step === 2 && (
        <fieldset>
          <legend>{STEPS[2]}</legend>
          <fieldset className="choices">
            <legend>Anything to work around?</legend>
            {KNOWN_CONSTRAINTS.map((id) => (
              <label key={id} className="choice">
                <input
                  type="checkbox"
                  checked={(draft.constraints as string[]).includes(id)}
                  onChange={() => toggle("constraints", id)}
                />
                {label(id)}
              </label>
            ))}
          </fieldset>
          <fieldset className="choices">
            <legend>Other training you do</legend>
            {KNOWN_TRAINING.map((id) => (
              <label key={id} className="choice">
                <input
                  type="checkbox"
                  checked={(draft.otherTraining as string[]).includes(id)}
                  onChange={() => toggle("otherTraining", id)}
                />
                {label(id)}
              </label>
            ))}
          </fieldset>
        </fieldset>
      )}
      <Problem error={error} />
      <div className="actions">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {step < STEPS.length - 1 ? "Next" : submitLabel}
        </button>
      </div>
    </form>
  );
}
