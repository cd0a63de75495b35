import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { ToastProvider } from "../components/Toasts";
import { PreferencesProvider } from "../lib/Preferences";
import { RouterProvider } from "../lib/router";

/** Renders a screen the way the signed-in app does, at the address given. */
export function renderScreen(ui: ReactNode, { at = "/" }: { at?: string } = {}) {
  window.history.replaceState(null, "", at);
  return render(
    <RouterProvider>
      <ToastProvider>
        <PreferencesProvider>{ui}</PreferencesProvider>
      </ToastProvider>
    </RouterProvider>,
  );
}
