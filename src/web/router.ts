// A few client routes on the History API; the server answers every such path with the app shell.
import { useEffect, useState } from "react";

export type Route =
  | "today"
  | "log"
  | "plan"
  | "progress"
  | "form"
  | "library"
  | "transfer"
  | "athletes"
  | "more"
  | "account"
  | "people"
  | "setup";

export const ROUTES: readonly Route[] = [
  "today",
  "log",
  "plan",
  "progress",
  "form",
  "library",
  "transfer",
  "athletes",
  "more",
  "account",
  "people",
  "setup",
];

function current(): Route {
  const name = location.pathname.replace(/^\/+|\/+$/g, "") as Route;
  return ROUTES.includes(name) ? name : "today";
}

export function navigate(route: Route): void {
  if (location.pathname !== `/${route}`) history.pushState(null, "", `/${route}`);
  window.dispatchEvent(new PopStateEvent("popstate"));
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const on = () => setRoute(current());
    window.addEventListener("popstate", on);
    return () => window.removeEventListener("popstate", on);
  }, []);
  return route;
}
