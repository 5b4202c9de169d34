// Plan: the stored block (anchored on the day it was made) as a calendar, or a fresh one to keep.
import { api, athletePath } from "../api.js";
import { PlanWeeks } from "../components/plan-weeks.js";
import { Reasons, Warnings } from "../components/reasons.js";
import { Loading, Problem, Screen, StaleNote } from "../components/ui.js";
import { localDay, useApi } from "../data.js";
import { useAthlete } from "../session.js";
import type { Plan, StoredPlanSummary } from "../types.js";

export default function PlanScreen() {
  const athlete = useAthlete();
  const stored = useApi<StoredPlanSummary[]>(athletePath(athlete, "/plans"));
  const newest = stored.data?.reduce<StoredPlanSummary | undefined>(
    (a, b) => (a && a.id > b.id ? a : b),
    undefined,
  );
  const detail = useApi<{ plan: Plan; createdAt: string }>(
    newest ? athletePath(athlete, `/plans/${newest.id}`) : null,
  );
  const fresh = useApi<Plan>(stored.data && !newest ? athletePath(athlete, "/plan?weeks=4") : null);
  const plan = detail.data?.plan ?? fresh.data;
  const start = detail.data?.createdAt.slice(0, 10);

  const keep = async () => {
    await api(athletePath(athlete, "/plans"), { method: "POST", body: { weeks: 4 } });
    stored.reload();
  };

  return (
    <Screen title="Plan" picker>
      <StaleNote stale={stored.stale || detail.stale} />
      <Problem error={stored.error ?? detail.error ?? fresh.error} />
      {!plan ? (
        <Loading what="the plan" />
      ) : (
        <>
          {start ? (
            <p className="muted">Block started {start}. The shaded week is the lighter one.</p>
          ) : (
            <div className="card">
              <p>This plan is not kept yet: keep it to start the block today and mark the days.</p>
              <button type="button" className="primary" onClick={() => void keep()}>
                Start this block today
              </button>
            </div>
          )}
          <Warnings warnings={plan.warnings} />
          <PlanWeeks plan={plan} start={start ?? localDay()} today={localDay()} />
          <Reasons reasons={plan.reasons} />
          {start && (
            <button type="button" onClick={() => void keep()}>
              Start a new block today
            </button>
          )}
        </>
      )}
    </Screen>
  );
}
