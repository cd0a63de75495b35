// The signed-in session, kept in localStorage so that the installed app stays signed in between launches.

export interface LocalSession {
  kind: "local";
  user: string;
  token: string;
  expiresAt: number;
}

export interface EntraSession {
  kind: "entra";
  user: string;
}

export type Session = LocalSession | EntraSession;

const KEY = "expensetracker.session";

export function loadSession(now: number = Date.now()): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    // A token about to expire is as good as gone: ask for a new sign-in rather than fail mid-way.
    if (session.kind === "local" && session.expiresAt - 60_000 <= now) {
      localStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
