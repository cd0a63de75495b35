import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { clientConfig, devToken } from "../api/endpoints";
import { configureHttp } from "../api/http";
import { ApiError } from "../api/problem";
import type { ClientConfig } from "../api/types";
import { clearOfflineData } from "../lib/offlineData";
import { EntraSignIn } from "./entra";
import { clearSession, loadSession, saveSession, type Session } from "./session";

interface Auth {
  status: "starting" | "signed-out" | "signed-in";
  config: ClientConfig | null;
  session: Session | null;
  /** Why the last session ended, when it was not the user's choice. */
  notice: string | null;
  signInLocal(user: string): Promise<void>;
  signInEntra(): Promise<void>;
  signOut(notice?: string): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

async function readConfig(): Promise<ClientConfig> {
  try {
    return await clientConfig();
  } catch (error) {
    // A server without the endpoint predates Entra ID support in the web app: it can only be in local mode.
    if (error instanceof ApiError && error.isNotFound) return { identity: "local", entra: null };
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [config, setConfig] = useState<ClientConfig | null>(null);
  const [starting, setStarting] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const entra = useRef<EntraSignIn | null>(null);
  // The session as the token provider sees it, at once rather than at the next render.
  const sessionRef = useRef(session);

  const changeSession = useCallback((next: Session | null) => {
    if (next) saveSession(next);
    else clearSession();
    sessionRef.current = next;
    setSession(next);
  }, []);

  /** Forgets every answer kept for the last person, in memory and for offline use, so the next one never sees them. */
  const forgetData = useCallback(async () => {
    queryClient.clear();
    await clearOfflineData();
  }, [queryClient]);

  const signOut = useCallback(
    async (reason?: string) => {
      const wasEntra = sessionRef.current?.kind === "entra";
      changeSession(null);
      setNotice(reason ?? null);
      await forgetData();
      if (wasEntra && !reason) await entra.current?.signOut();
    },
    [changeSession, forgetData],
  );

  // A layout effect runs before any screen's effects, so that the first requests already carry the token.
  useLayoutEffect(
    () =>
      configureHttp({
        token: async () => {
          const current = sessionRef.current;
          if (!current) return null;
          if (current.kind === "local") return current.token;
          return entra.current ? entra.current.token() : null;
        },
        unauthorized: () => void signOut("Your session has ended. Please sign in again."),
      }),
    [signOut],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const loaded = await readConfig();
        if (cancelled) return;
        setConfig(loaded);
        if (loaded.identity === "entra" && loaded.entra) {
          entra.current = await EntraSignIn.create(loaded.entra);
          const user = entra.current.userName;
          if (user) changeSession({ kind: "entra", user });
          else if (sessionRef.current?.kind === "entra") changeSession(null);
        } else if (sessionRef.current?.kind === "entra") {
          changeSession(null);
        }
      } catch {
        // Offline at start: keep whatever session was saved and assume the mode it was made in.
        if (!cancelled) setConfig({ identity: sessionRef.current?.kind === "entra" ? "entra" : "local", entra: null });
      } finally {
        if (!cancelled) setStarting(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [changeSession]);

  const signInLocal = useCallback(
    async (user: string) => {
      const token = await devToken(user);
      await forgetData();
      setNotice(null);
      changeSession({ kind: "local", user, token: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 });
    },
    [changeSession, forgetData],
  );

  const signInEntra = useCallback(async () => {
    await forgetData();
    await entra.current?.signIn();
  }, [forgetData]);

  const status = session ? "signed-in" : starting ? "starting" : "signed-out";
  return (
    <AuthContext.Provider value={{ status, config, session, notice, signInLocal, signInEntra, signOut }}>{children}</AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth needs an AuthProvider");
  return auth;
}
