// First run: name the athlete, fill the profile, then read decide's verdict and the plan.
import { useState } from "react";
import { ApiError, api, athletePath } from "../api.js";
import { PlanWeeks } from "../components/plan-weeks.js";
import { ProfileForm } from "../components/profile-form.js";
import { Reasons, Warnings } from "../components/reasons.js";
import { exerciseName, Loading, Problem, Screen } from "../components/ui.js";
import { useApi } from "../data.js";
import { navigate } from "../router.js";
import type { Decision, Plan, Profile } from "../types.js";

const VERDICT: Record<Decision["verdict"], string> = {
  primary: "The hip thrust can be a main lift for you.",
  accessory: "The hip thrust fits as an accessory beside your main lifts.",
  optional: "The hip thrust is optional for you: useful, not needed.",
  "not-a-substitute": "Keep the hip thrust, but it does not replace squats or hinges for you.",
};

export function FirstRun({ existing, onDone }: { existing: string | null; onDone: (name: string) => void }) {
  const [name, setName] = useState(existing ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { data: profile, loading } = useApi<Profile>(existing ? athletePath(existing, "/profile") : null);

  if (saved) return <Verdict athlete={saved} onStart={() => onDone(saved)} />;
  if (existing && loading) return <Loading what="the profile" />;

  const save = async (next: Profile) => {
    const athlete = name.trim();
    if (!existing) {
      try {
        await api("/athletes", { method: "POST", body: { name: athlete, unit: next.unit } });
      } catch (error) {
        // The name exists already (made on another phone): fill its profile.
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      }
    }
    await api(athletePath(athlete, "/profile"), { method: "PUT", body: next });
    setSaved(athlete);
  };

  return (
    <Screen title={existing ? `Profile of ${existing}` : "Welcome"}>
      {!existing && (
        <p className="lead">
          A few questions, then hipthrust tells you whether and how to hip thrust, writes your plan and tells
          you what to do each day.
        </p>
      )}
      <ProfileForm
        initial={profile ?? null}
        unit="kg"
        submitLabel={existing ? "Save profile" : "See my verdict"}
        onSubmit={save}
        before={
          existing ? null : (
            <label>
              Your name (or the athlete's)
              <span className="hint">letters, digits, . _ or -</span>
              <input
                name="athlete"
                required
                pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}"
                autoCapitalize="none"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
          )
        }
      />
    </Screen>
  );
}

function Verdict({ athlete, onStart }: { athlete: string; onStart: () => void }) {
  const decision = useApi<Decision>(athletePath(athlete, "/decide"));
  const plan = useApi<Plan>(athletePath(athlete, "/plan?weeks=4"));
  const start = async () => {
    // Keeping the plan anchors the block on today, so Today and Plan follow the same weeks.
    await api(athletePath(athlete, "/plans"), { method: "POST", body: { weeks: 4 } }).catch(() => undefined);
    onStart();
    navigate("today");
  };
  return (
    <Screen title="Your verdict">
      <Problem error={decision.error} />
      {decision.data ? (
        <section className="card" aria-labelledby="verdict">
          <h2 id="verdict">{VERDICT[decision.data.verdict]}</h2>
          <p>
            Start with: <strong>{exerciseName(decision.data.variation)}</strong>
            {decision.data.pairWith.length > 0 && (
              <> — pair it with {decision.data.pairWith.join(", ")} work.</>
            )}
          </p>
          <Warnings warnings={decision.data.cautions} />
          <Reasons reasons={decision.data.reasons} open />
        </section>
      ) : (
        <Loading what="the verdict" />
      )}
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Your plan</h2>
        <Problem error={plan.error} />
        {plan.data ? <PlanWeeks plan={plan.data} /> : <Loading what="the plan" />}
      </section>
      <div className="actions sticky">
        <button type="button" className="primary" onClick={() => void start()}>
          Start: see today
        </button>
      </div>
    </Screen>
  );
}
