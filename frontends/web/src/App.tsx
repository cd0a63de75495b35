import { useEffect, useState, type ReactNode } from "react";
import { OFFLINE_DATA_EVENT } from "./api/http";
import { useAuth } from "./auth/AuthContext";
import { OfflineBanner } from "./components/OfflineBanner";
import { LiveNotificationsProvider, useLiveNotifications } from "./lib/LiveNotifications";
import { PreferencesProvider } from "./lib/Preferences";
import { Link, matchPath, useRouter } from "./lib/router";
import { BudgetsScreen } from "./screens/BudgetsScreen";
import { CategoriesScreen } from "./screens/CategoriesScreen";
import { DashboardScreen } from "./screens/DashboardScreen";
import { ExpenseFormScreen } from "./screens/ExpenseFormScreen";
import { ExpensesScreen } from "./screens/ExpensesScreen";
import { ImportScreen } from "./screens/ImportScreen";
import { NotificationsScreen } from "./screens/NotificationsScreen";
import { RecurringScreen } from "./screens/RecurringScreen";
import { SettingsScreen } from "./screens/SettingsScreen";
import { SignInScreen } from "./screens/SignInScreen";

interface Route {
  path: string;
  title: string;
  render(params: Record<string, string>): ReactNode;
}

const routes: Route[] = [
  { path: "/", title: "Dashboard", render: () => <DashboardScreen /> },
  { path: "/expenses", title: "Expenses", render: () => <ExpensesScreen /> },
  { path: "/expenses/new", title: "Add expense", render: () => <ExpenseFormScreen /> },
  { path: "/expenses/:id", title: "Expense", render: (p) => <ExpenseFormScreen id={p.id} /> },
  { path: "/categories", title: "Categories", render: () => <CategoriesScreen /> },
  { path: "/budgets", title: "Budgets", render: () => <BudgetsScreen /> },
  { path: "/recurring", title: "Recurring", render: () => <RecurringScreen /> },
  { path: "/notifications", title: "Notifications", render: () => <NotificationsScreen /> },
  { path: "/import", title: "Import and export", render: () => <ImportScreen /> },
  { path: "/settings", title: "Settings", render: () => <SettingsScreen /> },
];

const navigation = [
  { to: "/", label: "Dashboard" },
  { to: "/expenses", label: "Expenses" },
  { to: "/budgets", label: "Budgets" },
  { to: "/categories", label: "Categories" },
  { to: "/recurring", label: "Recurring" },
  { to: "/import", label: "Import" },
  { to: "/notifications", label: "Notifications" },
  { to: "/settings", label: "Settings" },
];

export function App() {
  const auth = useAuth();
  if (auth.status !== "signed-in") return <SignInScreen />;
  return (
    // Keyed by user: nothing of one person's screens survives into the next person's session.
    <PreferencesProvider key={auth.session?.user}>
      <LiveNotificationsProvider>
        <Shell />
      </LiveNotificationsProvider>
    </PreferencesProvider>
  );
}

function Shell() {
  const { path } = useRouter();
  const auth = useAuth();
  const live = useLiveNotifications();
  const [cached, setCached] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    const update = (event: Event) => setCached((event as CustomEvent<boolean>).detail);
    window.addEventListener(OFFLINE_DATA_EVENT, update);
    return () => window.removeEventListener(OFFLINE_DATA_EVENT, update);
  }, []);

  let screen: ReactNode = null;
  let title = "Not found";
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) {
      screen = route.render(params);
      title = route.title;
      break;
    }
  }

  useEffect(() => {
    document.title = `${title} · ExpenseTracker`;
    setMenuOpen(false);
  }, [title, path]);

  const isCurrent = (to: string) => (to === "/" ? path === "/" : path === to || path.startsWith(`${to}/`));

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          <img src="/icons/favicon.svg" alt="" width={28} height={28} />
          <span>ExpenseTracker</span>
        </Link>
        <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((open) => !open)}>
          Menu
        </button>
        <nav id="main-nav" className={menuOpen ? "nav open" : "nav"} aria-label="Main">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item.to) ? "page" : undefined}>
                  {item.label}
                  {item.to === "/notifications" && live.unread > 0 && (
                    <span className="count" aria-label={`${live.unread} unread`}>
                      {live.unread}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span className="user-name" data-testid="signed-in-user">
            {auth.session?.user}
          </span>
          <button type="button" className="button small" onClick={() => void auth.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <OfflineBanner showingCachedData={cached} />
      <main id="main" tabIndex={-1}>
        {screen ?? (
          <div className="state">
            <h1>Page not found</h1>
            <Link to="/">Go to the dashboard</Link>
          </div>
        )}
      </main>
    </div>
  );
}
