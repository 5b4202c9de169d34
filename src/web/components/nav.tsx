// The bottom bar: the four screens used in the gym and "More"; shows what is not yet synced.
import { useOutbox } from "../pending.js";
import type { Route } from "../router.js";

const ITEMS: { route: Route; label: string; icon: string }[] = [
  { route: "today", label: "Today", icon: "M4 11h16M4 7h16M8 3v4M16 3v4M5 5h14v15H5z" },
  { route: "log", label: "Log", icon: "M5 6h14M5 12h14M5 18h9" },
  { route: "plan", label: "Plan", icon: "M4 5h16v15H4zM4 10h16M9 10v10M14 10v10" },
  { route: "progress", label: "Progress", icon: "M4 19l5-6 4 3 7-9" },
  { route: "more", label: "More", icon: "M5 12h.01M12 12h.01M19 12h.01" },
];

export function Nav({ route, onGo }: { route: Route; onGo: (route: Route) => void }) {
  const pending = useOutbox().filter((item) => !item.rejected).length;
  return (
    <nav className="tabbar" aria-label="Screens">
      {pending > 0 && (
        <p className="pending" role="status">
          {pending} {pending === 1 ? "change" : "changes"} on this phone, not yet on the server
        </p>
      )}
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route}>
            <a
              href={`/${item.route}`}
              aria-current={route === item.route ? "page" : undefined}
              onClick={(event) => {
                event.preventDefault();
                onGo(item.route);
              }}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d={item.icon} />
              </svg>
              <span>{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
