import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { saveSettings } from "../api/endpoints";
import { fieldMessages } from "../api/problem";
import { settingsQuery } from "../api/queries";
import type { Settings } from "../api/types";
import { Field } from "../components/Field";
import { messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { formatterFor } from "../money/format";
import { usePreferences } from "../lib/Preferences";
import type { Theme } from "../lib/theme";

const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "pl-PL", "sv-SE", "ja-JP", "zh-CN", "hi-IN", "ar-EG"];

export function SettingsScreen() {
  const { settings, theme, setTheme } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  // What the user changed and has not saved yet; the rest of the form shows the saved settings.
  const [draft, setDraft] = useState<Partial<Settings>>({});
  const currency = draft.defaultCurrency ?? settings.defaultCurrency;
  const locale = draft.locale ?? settings.locale;
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      setDraft({});
      setErrors({});
      toast("Settings saved.", { kind: "success" });
    },
    onError: (error) => {
      const fields = fieldMessages(error);
      if (fields) setErrors(fields);
      else toast(messageOf(error), { kind: "error", title: "Could not save" });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      setErrors({ locale: "A locale is a language tag such as en-US or de-DE." });
      return;
    }
    save.mutate({ defaultCurrency: currency, locale });
  };

  const sample = sampleOf(locale, currency);

  return (
    <>
      <div className="screen-head">
        <h1>Settings</h1>
      </div>
      <form className="card form" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Default currency" error={errors.defaultCurrency} hint="New expenses start in this currency.">
            <select value={currency} onChange={(e) => setDraft((d) => ({ ...d, defaultCurrency: e.target.value }))}>
              {currencyCodes.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </Field>
          <Field label="Locale" error={errors.locale} hint="How amounts and dates are written.">
            <input value={locale} onChange={(e) => setDraft((d) => ({ ...d, locale: e.target.value }))} list="locales" autoComplete="off" />
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

/** How amounts and dates will look, or nothing while the locale is not one `Intl` knows. */
function sampleOf(locale: string, currency: string): string {
  try {
    const format = formatterFor(locale);
    return `${format.money(1234.5, currency)} · ${format.date("2026-11-25")}`;
  } catch {
    return "";
  }
}
