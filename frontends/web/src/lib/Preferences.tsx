import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { getSettings, listCategories, saveSettings } from "../api/endpoints";
import type { Category, Settings } from "../api/types";
import { formatterFor, type Formatter } from "../money/format";
import { applyTheme, loadTheme, type Theme } from "./theme";

interface Preferences {
  settings: Settings;
  /** False until the server's settings arrived; the browser's language is used meanwhile. */
  settingsLoaded: boolean;
  format: Formatter;
  updateSettings(settings: Settings): Promise<Settings>;
  categories: Category[];
  categoryById: Map<string, Category>;
  reloadCategories(): void;
  theme: Theme;
  setTheme(theme: Theme): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

const browserDefaults = (): Settings => ({ defaultCurrency: "USD", locale: navigator.language || "en-US" });

/** The signed-in user's settings and categories, which nearly every screen needs. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(browserDefaults);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [categories, setCategories] = useState<Category[]>([]);
  const [categoryGeneration, setCategoryGeneration] = useState(0);
  const [theme, setThemeState] = useState<Theme>(loadTheme);

  useEffect(() => {
    const controller = new AbortController();
    getSettings(controller.signal)
      .then((loaded) => {
        setSettings(loaded);
        setSettingsLoaded(true);
      })
      .catch(() => {});
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    listCategories(controller.signal)
      .then(setCategories)
      .catch(() => {});
    return () => controller.abort();
  }, [categoryGeneration]);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
  }, [settings.locale]);

  const updateSettings = useCallback(async (next: Settings) => {
    const saved = await saveSettings(next);
    setSettings(saved);
    return saved;
  }, []);

  const setTheme = useCallback((next: Theme) => {
    applyTheme(next);
    setThemeState(next);
  }, []);

  const value = useMemo<Preferences>(
    () => ({
      settings,
      settingsLoaded,
      format: formatterFor(settings.locale),
      updateSettings,
      categories,
      categoryById: new Map(categories.map((category) => [category.id, category])),
      reloadCategories: () => setCategoryGeneration((n) => n + 1),
      theme,
      setTheme,
    }),
    [settings, settingsLoaded, updateSettings, categories, theme, setTheme],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error("usePreferences needs a PreferencesProvider");
  return preferences;
}
