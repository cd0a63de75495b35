import { useState } from "react";
import { usePreferences } from "./Preferences";

/**
 * Calls `adopt` when the user's default currency changes while a form is open, as a new user's settings arriving
 * after the form opened do. It runs during the render that sees the change: React's way for state to follow a value.
 */
export function useOnDefaultCurrencyChange(adopt: (currency: string) => void): void {
  const { settings } = usePreferences();
  const [known, setKnown] = useState(settings.defaultCurrency);
  if (settings.defaultCurrency !== known) {
    setKnown(settings.defaultCurrency);
    adopt(settings.defaultCurrency);
  }
}
