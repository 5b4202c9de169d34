// Athletes: switch between the athletes this account may see (a coach's list), add one, or edit
// the profile of the one shown.
import { Screen } from "../components/ui.js";
import { navigate } from "../router.js";
import { useSession } from "../session.js";
import type { Athlete } from "../types.js";

export default function AthletesScreen({ athletes }: { athletes: Athlete[] }) {
  const { user, athlete, chooseAthlete } = useSession();
  return (
    <Screen title="Athletes">
      <p className="muted">
        {user.role === "owner"
          ? "As the owner you see every athlete."
          : user.role === "coach"
            ? "The athletes assigned to you."
            : "Your own data."}
      </p>
      <ul className="links" aria-label="Athletes">
        {athletes.map((a) => (
          <li key={a.name}>
            <button
              type="button"
              aria-pressed={a.name === athlete}
              onClick={() => {
                chooseAthlete(a.name);
                navigate("today");
              }}
            >
              <strong>{a.name}</strong> <span className="muted">{a.unit}</span>
              {a.name === athlete && <span className="tag">shown</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => navigate("setup")}>
          Edit {athlete}'s profile
        </button>
        {/* An athlete user has one athlete: their own. */}
        {!(user.role === "athlete" && user.athlete) && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              chooseAthlete(null);
              navigate("setup");
            }}
          >
            Add an athlete
          </button>
        )}
      </div>
    </Screen>
  );
}
