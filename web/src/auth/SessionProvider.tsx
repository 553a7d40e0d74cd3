import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, setApiToken, setUnauthorizedHandler } from "../api/client";
import { unwrap } from "../api/problem";
import type { Role, User } from "../api/types";
import { cognitoConfig, cognitoSignOutUrl } from "./cognito";

export type Session =
  | { status: "loading" }
  | { status: "signed-out"; expired?: boolean }
  | { status: "signed-in"; user: User; token: string };

interface SessionApi {
  session: Session;
  /** Trusts the token only after GET /me accepts it. */
  signIn: (token: string) => Promise<User>;
  signOut: () => void;
}

const storageKey = "fsm.token";
const SessionContext = createContext<SessionApi | null>(null);

export const roleHome: Record<Role, string> = {
  buyer: "/buyer/orders",
  cooperative: "/cooperative/batches",
  officer: "/officer/inspections",
  ministry: "/ministry",
};

const readToken = () => {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
};

const writeToken = (token: string | null) => {
  try {
    if (token) window.localStorage.setItem(storageKey, token);
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Storage refused: the session lasts until the tab closes.
  }
};

const fetchMe = (token: string) => {
  setApiToken(token);
  return unwrap(api.GET("/me"));
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [session, setSession] = useState<Session>(() => (readToken() ? { status: "loading" } : { status: "signed-out" }));

  const clear = useCallback((expired: boolean) => {
    writeToken(null);
    setApiToken(null);
    setSession({ status: "signed-out", expired });
  }, []);

  useEffect(() => {
    const token = readToken();
    if (!token) return;
    fetchMe(token).then(
      (user) => setSession({ status: "signed-in", user, token }),
      () => clear(true),
    );
  }, [clear]);

  useEffect(() => {
    setUnauthorizedHandler(() => clear(true));
    return () => setUnauthorizedHandler(null);
  }, [clear]);

  const signIn = useCallback(async (token: string) => {
    const user = await fetchMe(token);
    writeToken(token);
    setSession({ status: "signed-in", user, token });
    return user;
  }, []);

  const signOut = useCallback(() => {
    clear(false);
    const cognito = cognitoConfig();
    if (cognito) window.location.assign(cognitoSignOutUrl(cognito));
  }, [clear]);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): SessionApi => {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSession outside SessionProvider");
  return context;
};

/** The signed-in user; only for screens behind a role guard. */
export const useUser = (): User => {
  const { session } = useSession();
  if (session.status !== "signed-in") throw new Error("useUser without a signed-in session");
  return session.user;
};
