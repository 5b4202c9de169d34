// The app: sign-in (or creating the owner), then the first run until there is an athlete with a
// profile, then the screens behind a thumb-reachable bottom bar.
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { ApiError, api, OfflineError, onSessionEnded, setCsrfToken, type User } from "./api.js";
import { Nav } from "./components/nav.js";
import { Loading, Problem } from "./components/ui.js";
import { forgetCache } from "./data.js";
import { setOutboxUser } from "./outbox.js";
import { navigate, useRoute } from "./router.js";
import { FirstRun } from "./screens/first-run.js";
import { LogScreen } from "./screens/log.js";
import { More } from "./screens/more.js";
import { SignIn } from "./screens/sign-in.js";
import { Today } from "./screens/today.js";
import { SessionContext, type SessionState, saveAthlete, savedAthlete } from "./session.js";
import { rememberSignOut, sendPendingSignOut, signOutPending } from "./sign-out.js";
import { flush } from "./sync.js";
import type { Athlete } from "./types.js";

const Plan = lazy(() => import("./screens/plan.js"));
const Progress = lazy(() => import("./screens/progress.js"));
const FormCheck = lazy(() => import("./screens/form-check.js"));
const Library = lazy(() => import("./screens/library.js"));
const Transfer = lazy(() => import("./screens/transfer.js"));
const Athletes = lazy(() => import("./screens/athletes.js"));
const Account = lazy(() => import("./screens/account.js"));
const People = lazy(() => import("./screens/people.js"));

type Auth =
  | { state: "loading" }
  | { state: "error"; error: unknown }
  | { state: "setup" }
  /** `ended`: the server ended the session (expired, revoked); the person did not sign out. */
  | { state: "signed-out"; ended?: boolean }
  | { state: "in"; user: User };

const AUTH_KEY = "hipthrust:auth";

function remember(auth: Auth): Auth {
  localStorage.setItem(AUTH_KEY, JSON.stringify(auth));
  return auth;
}

async function readAuth(): Promise<Auth> {
  try {
    await sendPendingSignOut();
    const status = await api<{ needsSetup: boolean; user: User | null }>("/auth/status");
    if (status.needsSetup) return { state: "setup" };
    if (!status.user) return { state: "signed-out" };
    const me = await api<{ user: User; csrfToken: string }>("/auth/me");
    setCsrfToken(me.csrfToken);
    return remember({ state: "in", user: me.user });
  } catch (error) {
    // Offline: the last signed-in user may keep logging into the outbox.
    const last = localStorage.getItem(AUTH_KEY);
    if (error instanceof OfflineError && last) return JSON.parse(last) as Auth;
    // Signed out offline: the sign-in screen, with what still waits to be sent.
    if (error instanceof OfflineError && signOutPending()) return { state: "signed-out" };
    return { state: "error", error };
  }
}

/** Leaves the signed-in state on this phone; the outbox stays for the next sign-in. */
function forgetUser(): void {
  setCsrfToken(null);
  localStorage.removeItem(AUTH_KEY);
  forgetCache();
  setOutboxUser(null);
}

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: "loading" });
  const refresh = useCallback(() => void readAuth().then(setAuth), []);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    const send = () => void sendPendingSignOut().catch(() => undefined);
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, []);
  useEffect(
    () =>
      onSessionEnded(() => {
        forgetUser();
        setAuth({ state: "signed-out", ended: true });
      }),
    [],
  );
  const username = auth.state === "in" ? auth.user.username : null;
  useEffect(() => {
    // Signed in: what this user left in the outbox goes now.
    if (username === null) return;
    setOutboxUser(username);
    void flush();
  }, [username]);

  if (auth.state === "loading") return <Loading what="hipthrust" />;
  if (auth.state === "error")
    return (
      <main className="screen">
        <h1>hipthrust</h1>
        <Problem error={auth.error} />
        <button type="button" onClick={refresh}>
          Try again
        </button>
      </main>
    );
  if (auth.state === "setup" || auth.state === "signed-out")
    return (
      <SignIn
        setup={auth.state === "setup"}
        ended={auth.state === "signed-out" && auth.ended === true}
        onSignedIn={refresh}
      />
    );
  return <SignedIn user={auth.user} onSignedOut={() => setAuth({ state: "signed-out" })} />;
}

function SignedIn({ user, onSignedOut }: { user: User; onSignedOut: () => void }) {
  const route = useRoute();
  const [athletes, setAthletes] = useState<Athlete[] | null>(null);
  const [athlete, setAthlete] = useState<string | null>(savedAthlete);
  const [hasProfile, setHasProfile] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);

  const chooseAthlete = useCallback((name: string | null) => {
    saveAthlete(name);
    setAthlete(name);
  }, []);

  useEffect(() => {
    api<Athlete[]>("/athletes")
      .then((list) => {
        setAthletes(list);
        const names = list.map((a) => a.name);
        // Keep the choice; "add an athlete" (setup with none chosen) must not be overridden.
        if (athlete ? !names.includes(athlete) : location.pathname !== "/setup")
          chooseAthlete(names[0] ?? null);
      })
      .catch((e: unknown) => {
        // Offline with a chosen athlete: carry on from the phone's copies.
        if (e instanceof OfflineError && athlete) setAthletes([]);
        else setError(e);
      });
  }, [athlete, chooseAthlete]);

  useEffect(() => {
    if (!athlete) return;
    setHasProfile(null);
    api(`/athletes/${encodeURIComponent(athlete)}/profile`)
      .then(() => setHasProfile(true))
      .catch((e: unknown) => setHasProfile(!(e instanceof ApiError && e.status === 404)));
  }, [athlete]);

  const signOut = useCallback(
    async (everywhere = false) => {
      // Offline, this phone forgets the user at once and ends the server's session once online.
      await api(everywhere ? "/auth/logout-all" : "/auth/logout", { method: "POST" }).catch((error) => {
        if (error instanceof OfflineError) rememberSignOut(everywhere);
      });
      forgetUser();
      onSignedOut();
    },
    [onSignedOut],
  );

  const session: SessionState = {
    user,
    athletes: (athletes ?? []).map((a) => a.name),
    athlete,
    chooseAthlete,
    signOut,
  };
  if (error) return <Problem error={error} />;
  if (athletes === null) return <Loading what="your athletes" />;
  const firstRun = !athlete || hasProfile === false || route === "setup";

  return (
    <SessionContext.Provider value={session}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      {firstRun ? (
        hasProfile === null && athlete && route !== "setup" ? (
          <Loading what="the profile" />
        ) : (
          <FirstRun
            existing={route === "setup" ? athlete : hasProfile === false ? athlete : null}
            onDone={(name) => {
              chooseAthlete(name);
              setHasProfile(true);
            }}
          />
        )
      ) : (
        <>
          <Suspense fallback={<Loading what="the screen" />}>
            {route === "today" && <Today />}
            {route === "log" && <LogScreen />}
            {route === "plan" && <Plan />}
            {route === "progress" && <Progress />}
            {route === "form" && <FormCheck />}
            {route === "library" && <Library />}
            {route === "transfer" && <Transfer />}
            {route === "athletes" && <Athletes athletes={athletes} />}
            {route === "more" && <More />}
            {route === "account" && <Account />}
            {route === "people" && user.role === "owner" && <People />}
          </Suspense>
          <Nav route={route} onGo={navigate} />
        </>
      )}
    </SessionContext.Provider>
  );
}
