import { useEffect, useState, type FormEvent } from "react";
import { ApiError } from "../api/problem";
import { Field } from "../components/Field";
import { messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { formatterFor } from "../money/format";
import { usePreferences } from "../lib/Preferences";
import type { Theme } from "../lib/theme";

const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "pl-PL", "sv-SE", "ja-JP", "zh-CN", "hi-IN", "ar-EG"];

export function SettingsScreen() {
  const { settings, updateSettings, theme, setTheme } = usePreferences();
  const toast = useToast();
  const [currency, setCurrency] = useState(settings.defaultCurrency);
  const [locale, setLocale] = useState(settings.locale);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  useEffect(() => {
    setCurrency(settings.defaultCurrency);
    setLocale(settings.locale);
  }, [settings]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      setErrors({ locale: "A locale is a language tag such as en-US or de-DE." });
      return;
    }
    try {
      await updateSettings({ defaultCurrency: currency, locale });
      setErrors({});
      toast("Settings saved.", { kind: "success" });
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.join(" ")])));
      } else {
        toast(messageOf(error), { kind: "error", title: "Could not save" });
      }
    }
  };

  let sample = "";
  try {
    const format = formatterFor(locale);
    sample = `${format.money(1234.5, currency)} · ${format.date("2026-11-25")}`;
  } catch {
    sample = "";
  }

  return (
    <>
      <div className="screen-head">
        <h1>Settings</h1>
      </div>
      <form className="card form" onSubmit={save} noValidate>
        <div className="form-row">
          <Field label="Default currency" error={errors.defaultCurrency} hint="New expenses start in this currency.">
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {currencyCodes.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </Field>
          <Field label="Locale" error={errors.locale} hint="How amounts and dates are written.">
            <input value={locale} onChange={(e) => setLocale(e.target.value)} list="locales" autoComplete="off" />
          </Field>
          <datalist id="locales">
            {LOCALES.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </div>
        {sample && (
          <p className="muted" aria-live="polite">
            Example: {sample}
          </p>
        )}
        <button type="submit" className="button primary">
          Save settings
        </button>
      </form>
      <section className="card" aria-labelledby="theme-title">
        <h2 id="theme-title">Appearance</h2>
        <fieldset className="radio-row">
          <legend>Theme on this device</legend>
          {(["system", "light", "dark"] as Theme[]).map((option) => (
            <label key={option}>
              <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => setTheme(option)} />
              {option === "system" ? "Like the device" : option === "light" ? "Light" : "Dark"}
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
