import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Route, Routes } from "react-router";
import { AppProviders } from "../AppProviders";
import { createQueryClient } from "../lib/queryClient";
import { PreferencesProvider } from "../lib/Preferences";

/** Renders what the app renders around everything, with an empty cache of its own, at the address given. */
export function renderInApp(ui: ReactNode, { at = "/" }: { at?: string } = {}) {
  window.history.replaceState(null, "", at);
  return render(<AppProviders queryClient={createQueryClient()}>{ui}</AppProviders>);
}

/** Renders a screen the way the signed-in app does, at the address given, matched against the route `path`. */
export function renderScreen(ui: ReactNode, { at = "/", path = "*" }: { at?: string; path?: string } = {}) {
  return renderInApp(
    <PreferencesProvider>
      <Routes>
        <Route path={path} element={ui} />
      </Routes>
    </PreferencesProvider>,
    { at },
  );
}
