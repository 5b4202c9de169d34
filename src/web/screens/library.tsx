// Library: the exercises (set-up, execution, cues, mistakes and fixes), the evidence with each
// claim's kind, strength and limits, and the rules with their sources.
import { useState } from "react";
import { RULES, ruleSource } from "../../core/rules.js";
import { Fold, Loading, Problem, Screen } from "../components/ui.js";
import { useApi } from "../data.js";
import type { EvidenceClaim, Exercise } from "../types.js";

type Tab = "exercises" | "evidence" | "rules";

export default function LibraryScreen() {
  const [tab, setTab] = useState<Tab>("exercises");
  return (
    <Screen title="Library">
      <div className="tabs" role="tablist" aria-label="Library">
        {(["exercises", "evidence", "rules"] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            onClick={() => setTab(t)}
          >
            {t[0]?.toUpperCase() + t.slice(1)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "exercises" && <Exercises />}
        {tab === "evidence" && <Evidence />}
        {tab === "rules" && <Rules />}
      </div>
    </Screen>
  );
}

const seeds = (list: readonly string[]) => (list.length ? `Sources: ${list.join(", ")}` : "General practice");

function Exercises() {
  const { data, error } = useApi<Exercise[]>("/exercises");
  if (error) return <Problem error={error} />;
  if (!data) return <Loading what="the exercises" />;
  return (
    <ul className="library">
      {data.map((e) => (
        <li key={e.id} className="card">
          <h2>{e.name}</h2>
          <p>{e.summary}</p>
          <p className="muted">
            {e.level} · {e.loading} · {e.equipment.length ? e.equipment.join(", ") : "no equipment"}
          </p>
          <Fold summary="Set-up and execution">
            <h3>Set-up</h3>
            <ol>
              {e.setup.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <h3>Execution</h3>
            <ol>
              {e.execution.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <h3>Cues</h3>
            <ul>
              {e.cues.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <p className="muted">{seeds(e.techniqueSources)}</p>
          </Fold>
          {e.mistakes.length > 0 && (
            <Fold summary="Mistakes and fixes">
              <ul>
                {e.mistakes.map((m) => (
                  <li key={m.code}>
                    <strong>{m.mistake}</strong> — {m.fix}{" "}
                    <span className="muted">({m.sources.join(", ")})</span>
                  </li>
                ))}
              </ul>
            </Fold>
          )}
        </li>
      ))}
    </ul>
  );
}

function Evidence() {
  const { data, error } = useApi<EvidenceClaim[]>("/evidence");
  if (error) return <Problem error={error} />;
  if (!data) return <Loading what="the evidence" />;
  return (
    <ul className="library">
      {data.map((c) => (
        <li key={c.id} className="card">
          <p>
            <span className={`tag strength-${c.strength}`}>{c.strength}</span>{" "}
            <span className="tag">{c.kind}</span> <span className="muted">{c.topic}</span>
          </p>
          <p>{c.claim}</p>
          <p className="muted">
            Limits: {c.limits}
            <br />
            Sources: {c.sources.map((s) => (s.study ? `${s.seed} (${s.study})` : s.seed)).join("; ")}
            {c.disputedBy?.length ? ` · disputed by ${c.disputedBy.join(", ")}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Rules() {
  return (
    <ul className="library">
      {Object.entries(RULES).map(([id, rule]) => (
        <li key={id} className="card">
          <h2>
            <span className="rule">{id}</span> {rule.title}
          </h2>
          <p>{rule.text}</p>
          <p className="muted">Sources: {ruleSource(id)}</p>
        </li>
      ))}
    </ul>
  );
}
