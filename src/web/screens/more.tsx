import { Screen } from "../components/ui.js";
import { navigate, type Route } from "../router.js";
import { useSession } from "../session.js";

const LINKS: { route: Route; label: string; what: string; owner?: true }[] = [
  { route: "form", label: "Form check", what: "Film a set; the analysis runs on this phone" },
  { route: "library", label: "Library", what: "Exercises, evidence and the rules" },
  { route: "transfer", label: "Import and export", what: "Strong or Hevy CSV in; JSON or CSV out" },
  { route: "athletes", label: "Athletes", what: "Switch athlete, add one, edit the profile" },
  { route: "account", label: "Account", what: "Password, API tokens, sign out" },
  {
    route: "people",
    label: "People",
    what: "Add coaches and athletes, assign athletes, the audit log",
    owner: true,
  },
];

export function More() {
  const { user, athlete, signOut } = useSession();
  const links = LINKS.filter((link) => !link.owner || user.role === "owner");
  return (
    <Screen title="More">
      <ul className="links">
        {links.map((link) => (
          <li key={link.route}>
            <a
              href={`/${link.route}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(link.route);
              }}
            >
              <strong>{link.label}</strong>
              <span className="muted">{link.what}</span>
            </a>
          </li>
        ))}
      </ul>
      <section className="card">
        <p>
          Signed in as <strong>{user.username}</strong> ({user.role}); showing <strong>{athlete}</strong>.
        </p>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
        <p className="muted">
          Signing out keeps any set not yet sent on this phone; it goes after the next sign-in.
        </p>
      </section>
      <p className="muted">
        <a href="/api/docs">API documentation</a>
      </p>
    </Screen>
  );
}
