// Who is signed in and which athlete the screens show. Follows the GUIDE auth API; a server
import { createContext, useContext } from "react";
import type { User } from "./api.js";

export interface SessionState {
  user: User;
  /** The athletes this user may see, as the server lists them. */
  athletes: string[];
  athlete: string | null;
  chooseAthlete: (name: string | null) => void;
  /** Ends this session, or with `everywhere` every session of this user. */
  signOut: (everywhere?: boolean) => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the signed-in app");
  return session;
}

/** The athlete the screens show; the app shows first-run until there is one. */
export function useAthlete(): string {
  const { athlete } = useSession();
  if (!athlete) throw new Error("no athlete chosen");
  return athlete;
}

const KEY = "hipthrust:athlete";
export const savedAthlete = (): string | null => localStorage.getItem(KEY);
export function saveAthlete(name: string | null): void {
  if (name === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, name);
}
