import { useAuth } from "./auth/AuthContext";
import { LiveNotifications } from "./lib/LiveNotifications";
import { PreferencesProvider } from "./lib/Preferences";
import { SignInScreen } from "./screens/SignInScreen";
import { Shell } from "./Shell";

export function App() {
  const auth = useAuth();
  if (auth.status !== "signed-in") return <SignInScreen />;
  return (
    // Keyed by user: nothing of one person's screens survives into the next person's session.
    <PreferencesProvider key={auth.session?.user}>
      <LiveNotifications />
      <Shell />
    </PreferencesProvider>
  );
}
