import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createRecurring, deleteRecurring, updateRecurring } from "../api/endpoints";
import { fieldMessages } from "../api/problem";
import { recurringChanged, recurringQuery } from "../api/queries";
import type { Frequency, RecurringInput, RecurringRule } from "../api/types";
import { Field } from "../components/Field";
import { Empty, Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { amountForEditing, amountProblem, parseAmount } from "../money/decimal";
import { isIsoDate, today } from "../lib/dates";
import { usePreferences } from "../lib/Preferences";
import { useOnDefaultCurrencyChange } from "../lib/useOnDefaultCurrencyChange";

const FREQUENCIES: Frequency[] = ["weekly", "monthly", "yearly"];
const UNIT: Record<Frequency, [string, string]> = { weekly: ["week", "weeks"], monthly: ["month", "months"], yearly: ["year", "years"] };

export function RecurringScreen() {
  const rules = useQuery(recurringQuery);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<RecurringRule | null>(null);

  const remove = useMutation({
    mutationFn: (rule: RecurringRule) => deleteRecurring(rule.id),
    // Optimistic: gone at once, back if the server says no.
    onMutate: async (rule) => {
      await queryClient.cancelQueries({ queryKey: recurringQuery.queryKey });
      queryClient.setQueryData(recurringQuery.queryKey, (all) => all?.filter((r) => r.id !== rule.id));
    },
    onError: (error) => toast(messageOf(error), { kind: "error", title: "Could not stop it" }),
    onSettled: () => recurringChanged(queryClient),
  });

  const confirmRemove = (rule: RecurringRule) => {
    if (window.confirm("Stop this recurring expense? Expenses already created stay.")) remove.mutate(rule);
  };

  return (
    <>
      <div className="screen-head">
        <h1>Recurring expenses</h1>
      </div>
      <Loaded query={rules} feature="recurring expenses">
        {(list) => (
          <>
            <RecurringForm
              key={editing?.id ?? "new"}
              rule={editing}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
            {list.length === 0 ? (
              <Empty title="No recurring expenses.">
                <p>Rent, subscriptions, insurance: record them once and they are added when due.</p>
              </Empty>
            ) : (
              <ul className="card list">
                {list.map((rule) => (
                  <RuleRow key={rule.id} rule={rule} onEdit={() => setEditing(rule)} onDelete={() => confirmRemove(rule)} />
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function RuleRow({ rule, onEdit, onDelete }: { rule: RecurringRule; onEdit(): void; onDelete(): void }) {
  const { format, categoryById } = usePreferences();
  const [one, many] = UNIT[rule.frequency] ?? ["time", "times"];
  const every = rule.interval === 1 ? `Every ${one}` : `Every ${rule.interval} ${many}`;
  return (
    <li className="rule-row" data-testid="recurring-rule">
      <div>
        <strong>{rule.merchant || (rule.categoryId && categoryById.get(rule.categoryId)?.name) || "Recurring expense"}</strong>
        <span className="muted">
          {" "}
          · {every} from {format.date(rule.startDate)}
          {rule.endDate ? ` to ${format.date(rule.endDate)}` : ""}
          {rule.nextOccurrence ? ` · next ${format.date(rule.nextOccurrence)}` : ""}
        </span>
      </div>
      <span className="amount">{format.money(rule.amount, rule.currency)}</span>
      <div className="actions">
        <button type="button" className="button small" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button small danger" onClick={onDelete}>
          Stop
        </button>
      </div>
    </li>
  );
}

/** A new recurring expense, or changes to `rule`. */
function RecurringForm({ rule, onSaved, onCancel }: { rule: RecurringRule | null; onSaved(): void; onCancel(): void }) {
  const { settings, categories } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => ({
    amount: rule ? amountForEditing(rule.amount, rule.currency) : "",
    currency: rule?.currency ?? settings.defaultCurrency,
    frequency: rule?.frequency ?? ("monthly" as Frequency),
    interval: String(rule?.interval ?? 1),
    startDate: rule?.startDate ?? today(),
    endDate: rule?.endDate ?? "",
    categoryId: rule?.categoryId ?? "",
    merchant: rule?.merchant ?? "",
  }));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  // A new user's settings may arrive after the form opened: take their currency if nothing was typed yet.
  useOnDefaultCurrencyChange((currency) => {
    if (!rule && !values.amount) setValues({ ...values, currency });
  });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const save = useMutation({
    mutationFn: (input: RecurringInput) => (rule ? updateRecurring(rule.id, input) : createRecurring(input)),
    onSuccess: () => {
      if (rule) {
        toast("Recurring expense saved.", { kind: "success" });
      } else {
        setValues((v) => ({ ...v, amount: "", merchant: "" }));
        toast("Recurring expense added.", { kind: "success" });
      }
      onSaved();
      return recurringChanged(queryClient);
    },
    onError: (error) => {
      const fields = fieldMessages(error);
      if (fields) setErrors(fields);
      else toast(messageOf(error), { kind: "error", title: "Could not add it" });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    const amount = amountProblem(values.amount, values.currency);
    if (amount) found.amount = amount;
    const interval = Number(values.interval);
    if (!Number.isInteger(interval) || interval < 1 || interval > 365) found.interval = "A whole number from 1 to 365.";
    if (!isIsoDate(values.startDate)) found.startDate = "The start date is required.";
    if (values.endDate && (!isIsoDate(values.endDate) || values.endDate < values.startDate)) found.endDate = "The end date cannot be before the start.";
    if (values.merchant.trim().length > 200) found.merchant = "At most 200 characters.";
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    save.mutate({
      amount: parseAmount(values.amount) ?? values.amount,
      currency: values.currency,
      frequency: values.frequency,
      interval,
      startDate: values.startDate,
      endDate: values.endDate || null,
      categoryId: values.categoryId || null,
      merchant: values.merchant.trim() || null,
      note: rule?.note ?? null,
      tags: rule?.tags ?? [],
      paymentMethod: rule?.paymentMethod ?? null,
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-label={rule ? "Edit recurring expense" : "New recurring expense"}>
      <h2>{rule ? "Edit recurring expense" : "New recurring expense"}</h2>
      <div className="form-row">
        <Field label="Amount" error={errors.amount}>
          <input value={values.amount} onChange={set("amount")} inputMode="decimal" />
        </Field>
        <Field label="Currency" error={errors.currency}>
          <select value={values.currency} onChange={set("currency")}>
            {currencyCodes.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </Field>
        <Field label="Merchant" error={errors.merchant}>
          <input value={values.merchant} onChange={set("merchant")} />
        </Field>
        <Field label="Category" error={errors.categoryId}>
          <select value={values.categoryId} onChange={set("categoryId")}>
            <option value="">No category</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field label="Repeats" error={errors.frequency}>
          <select value={values.frequency} onChange={set("frequency")}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {f[0]?.toUpperCase() + f.slice(1)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Every" error={errors.interval} hint={UNIT[values.frequency][1]}>
          <input type="number" min={1} max={365} value={values.interval} onChange={set("interval")} />
        </Field>
        <Field label="Starts" error={errors.startDate}>
          <input type="date" value={values.startDate} onChange={set("startDate")} />
        </Field>
        <Field label="Ends (optional)" error={errors.endDate}>
          <input type="date" value={values.endDate} onChange={set("endDate")} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {rule ? "Save changes" : "Add recurring expense"}
        </button>
        {rule && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
