import { useState, type FormEvent } from "react";
import { ApiError } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { Field } from "../components/Field";
import { Loading, messageOf } from "../components/States";

const USER_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;

export function SignInScreen() {
  const auth = useAuth();
  const [user, setUser] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (auth.status === "starting" || !auth.config) {
    return (
      <main className="sign-in" id="main">
        <Loading label="Starting…" />
      </main>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = user.trim();
    if (!USER_PATTERN.test(name)) {
      setError("A user name has 1 to 64 letters, digits, '.', '_', '@' or '-'.");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await auth.signInLocal(name);
    } catch (reason) {
      setError(reason instanceof ApiError && reason.fieldErrors.user ? reason.fieldErrors.user.join(" ") : messageOf(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" id="main">
      <div className="card sign-in-card">
        <img src="/icons/icon-192.png" alt="" width={64} height={64} />
        <h1>ExpenseTracker</h1>
        <p className="muted">Record what you spend, see where it goes, stay inside your budgets.</p>
        {auth.notice && (
          <p className="notice" role="status">
            {auth.notice}
          </p>
        )}
        {auth.config.identity === "entra" ? (
          <button type="button" className="button primary wide" onClick={() => void auth.signInEntra()}>
            Sign in with Microsoft
          </button>
        ) : (
          <form onSubmit={submit} noValidate>
            <p className="hint-box">
              This server runs in local mode: pick any user name. Your data stays apart from everyone else's.
            </p>
            <Field label="User name" error={error}>
              <input
                value={user}
                onChange={(event) => setUser(event.target.value)}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
              />
            </Field>
            <button type="submit" className="button primary wide" disabled={busy}>
              {busy ? "Signing in…" : "Sign in"}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
