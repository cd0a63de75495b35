import { useEffect, useState } from "react";
import { Link, NavLink, useLocation, useNavigationType } from "react-router";
import { OFFLINE_DATA_EVENT } from "./api/http";
import { AppRoutes } from "./AppRoutes";
import { useAuth } from "./auth/AuthContext";
import { OfflineBanner } from "./components/OfflineBanner";
import { useLiveNotifications } from "./lib/LiveNotifications";

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

/** The signed-in app around its screens: the top bar with the main navigation, the offline banner and `main`. */
export function Shell() {
  const auth = useAuth();
  const live = useLiveNotifications();
  const cached = useShowingCachedData();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  useScrollToTopOnNewPage();

  // Another page closes the menu: set while rendering, as React does for state that follows a changed value.
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

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
                <NavLink to={item.to} end={item.to === "/"}>
                  {item.label}
                  {item.to === "/notifications" && live.unread > 0 && (
                    <span className="count" aria-label={`${live.unread} unread`}>
                      {live.unread}
                    </span>
                  )}
                </NavLink>
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
        <AppRoutes />
      </main>
    </div>
  );
}

/** True while the last read was answered from the service worker's offline cache (see `OFFLINE_DATA_EVENT`). */
function useShowingCachedData(): boolean {
  const [cached, setCached] = useState(false);
  useEffect(() => {
    const update = (event: Event) => setCached((event as CustomEvent<boolean>).detail);
    window.addEventListener(OFFLINE_DATA_EVENT, update);
    return () => window.removeEventListener(OFFLINE_DATA_EVENT, update);
  }, []);
  return cached;
}

/** A link or `navigate` to another page starts at its top; back and forward leave the scrolling to the browser. */
function useScrollToTopOnNewPage(): void {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType === "PUSH") window.scrollTo({ top: 0 });
  }, [key, navigationType]);
}
