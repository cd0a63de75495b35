import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { AppProviders } from "./AppProviders";
import { AuthProvider } from "./auth/AuthContext";
import { createQueryClient } from "./lib/queryClient";
import { applyTheme, loadTheme } from "./lib/theme";
import "./styles.css";

applyTheme(loadTheme());

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </AppProviders>
  </StrictMode>,
);

// The service worker makes the app installable and usable offline; the dev server runs without it.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it the app still works online; nothing to tell the user.
    });
  });
}
