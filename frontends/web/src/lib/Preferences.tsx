import { useQuery } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { categoriesQuery, settingsQuery } from "../api/queries";
import type { Category, Settings } from "../api/types";
import { formatterFor, type Formatter } from "../money/format";
import { applyTheme, loadTheme, type Theme } from "./theme";

interface Preferences {
  /** The browser's language and USD until the server's settings arrived. */
  settings: Settings;
  format: Formatter;
  categories: Category[];
  categoryById: Map<string, Category>;
  theme: Theme;
  setTheme(theme: Theme): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

const browserDefaults = (): Settings => ({ defaultCurrency: "USD", locale: navigator.language || "en-US" });
const NO_CATEGORIES: Category[] = [];

/** The signed-in user's settings and categories, which nearly every screen needs. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [defaults] = useState(browserDefaults);
  const settings = useQuery(settingsQuery).data ?? defaults;
  const categories = useQuery(categoriesQuery).data ?? NO_CATEGORIES;
  const [theme, setThemeState] = useState<Theme>(loadTheme);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
  }, [settings.locale]);

  const setTheme = useCallback((next: Theme) => {
    applyTheme(next);
    setThemeState(next);
  }, []);

  const value = useMemo<Preferences>(
    () => ({
      settings,
      format: formatterFor(settings.locale),
      categories,
      categoryById: new Map(categories.map((category) => [category.id, category])),
      theme,
      setTheme,
    }),
    [settings, categories, theme, setTheme],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error("usePreferences needs a PreferencesProvider");
  return preferences;
}
