import { useEffect, useRef, useState, type FormEvent } from "react";
import { createExpense, deleteExpense, getExpense, replaceExpense, uploadReceipt } from "../api/endpoints";
import { ApiError } from "../api/problem";
import type { Expense } from "../api/types";
import { Field } from "../components/Field";
import { ReceiptPicker } from "../components/ReceiptPicker";
import { Receipts } from "../components/Receipts";
import { ErrorMessage, Loading, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes, decimalsOf } from "../money/currencies";
import { EARLIEST_EXPENSE_DATE, latestExpenseDate } from "../lib/dates";
import {
  emptyForm,
  formFromExpense,
  LIMITS,
  serverFieldErrors,
  toExpenseInput,
  validateExpense,
  type ExpenseFormValues,
  type FieldErrors,
} from "../lib/expenseForm";
import { newId } from "../lib/ids";
import { usePreferences } from "../lib/Preferences";
import { Link, useRouter } from "../lib/router";

/** Add (`id` absent) or edit an expense. */
export function ExpenseFormScreen({ id }: { id?: string }) {
  const [loaded, setLoaded] = useState<{ expense: Expense; etag: string | null } | null>(null);
  const [loadError, setLoadError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    setLoaded(null);
  }, [id]);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    setLoadError(undefined);
    getExpense(id, controller.signal)
      .then((response) => setLoaded({ expense: response.data, etag: response.etag }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error);
      });
    return () => controller.abort();
  }, [id, generation]);

  if (id && loadError) {
    return (
      <>
        <h1>Expense</h1>
        <ErrorMessage error={loadError} />
        <Link to="/expenses">Back to expenses</Link>
      </>
    );
  }
  if (id && !loaded) return <Loading />;
  return <ExpenseForm key={id ?? "new"} existing={loaded} onSaved={setLoaded} reload={() => setGeneration((n) => n + 1)} />;
}

function ExpenseForm({
  existing,
  onSaved,
  reload,
}: {
  existing: { expense: Expense; etag: string | null } | null;
  onSaved(saved: { expense: Expense; etag: string | null }): void;
  reload(): void;
}) {
  const { settings, categories, format } = usePreferences();
  const { navigate } = useRouter();
  const toast = useToast();
  const [values, setValues] = useState<ExpenseFormValues>(() => (existing ? formFromExpense(existing.expense) : emptyForm(settings.defaultCurrency)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [receipt, setReceipt] = useState<File | null>(null);
  // One key per form: pressing Save twice, or retrying after a dropped connection, records one expense.
  const idempotencyKey = useRef(newId());
  const firstError = useRef<HTMLFormElement>(null);

  // A new user's settings may arrive after the form opened: take their currency if nothing was typed yet.
  useEffect(() => {
    if (!existing) setValues((current) => (current.amount ? current : { ...current, currency: settings.defaultCurrency }));
  }, [existing, settings.defaultCurrency]);

  const set = (field: keyof ExpenseFormValues) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const focusFirstError = () =>
    setTimeout(() => firstError.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateExpense(values);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      const input = toExpenseInput(values);
      const saved = existing
        ? await replaceExpense(existing.expense.id, input, existing.etag)
        : await createExpense(input, idempotencyKey.current);
      let receiptProblem: string | null = null;
      if (receipt) receiptProblem = await attach(saved.data.id, receipt);
      if (existing) {
        onSaved({ expense: saved.data, etag: saved.etag });
        setValues(formFromExpense(saved.data));
        setReceipt(null);
        if (receipt) reload();
        if (receiptProblem) toast(`The changes were saved. ${receiptProblem}`, { kind: "error", title: "Receipt not attached" });
        else toast("Expense saved.", { kind: "success" });
      } else if (receiptProblem) {
        toast(`The expense was saved. ${receiptProblem}`, { kind: "error", title: "Receipt not attached" });
        navigate(`/expenses/${saved.data.id}`, { replace: true });
      } else {
        toast("Expense added.", { kind: "success" });
        navigate("/expenses");
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldErrors).length > 0) {
        setErrors(serverFieldErrors(error.fieldErrors));
        setFormError(error.message);
        focusFirstError();
      } else {
        setFormError(messageOf(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const attach = async (expenseId: string, file: File): Promise<string | null> => {
    try {
      await uploadReceipt(expenseId, file);
      return null;
    } catch (error) {
      if (error instanceof ApiError && error.isMissingFeature) return "Receipts are not available on this server.";
      return messageOf(error);
    }
  };

  const remove = async () => {
    if (!existing || !window.confirm("Delete this expense and its receipts?")) return;
    try {
      await deleteExpense(existing.expense.id);
      toast("Expense deleted.", { kind: "success" });
      navigate("/expenses");
    } catch (error) {
      setFormError(messageOf(error));
    }
  };

  const decimals = decimalsOf(values.currency);
  const decimalsHint = `${values.currency}: ${decimals === 0 ? "no decimals" : `up to ${decimals} decimals`}`;
  return (
    <>
      <div className="screen-head">
        <h1>{existing ? "Edit expense" : "Add expense"}</h1>
        <Link to="/expenses">Back to expenses</Link>
      </div>
      <form className="card form" onSubmit={submit} noValidate ref={firstError} aria-describedby={formError ? "form-error" : undefined}>
        {formError && (
          <p className="form-error" id="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-row">
          <Field label="Amount" error={errors.amount} hint={decimalsHint}>
            <input value={values.amount} onChange={set("amount")} inputMode="decimal" autoComplete="off" required autoFocus={!existing} />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <select value={values.currency} onChange={set("currency")}>
              {!currencyCodes.includes(values.currency) && <option value={values.currency}>{values.currency}</option>}
              {currencyCodes.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </Field>
          <Field label="Date" error={errors.date}>
            <input type="date" value={values.date} onChange={set("date")} min={EARLIEST_EXPENSE_DATE} max={latestExpenseDate()} required />
          </Field>
        </div>
        <div className="form-row">
          <Field label="Merchant" error={errors.merchant}>
            <input value={values.merchant} onChange={set("merchant")} maxLength={LIMITS.merchant + 50} autoComplete="off" />
          </Field>
          <Field label="Category" error={errors.categoryId}>
            <select value={values.categoryId} onChange={set("categoryId")}>
              <option value="">No category</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Note" error={errors.note}>
          <textarea value={values.note} onChange={set("note")} rows={3} />
        </Field>
        <div className="form-row">
          <Field label="Tags" error={errors.tags} hint="Separated by commas">
            <input value={values.tags} onChange={set("tags")} autoComplete="off" />
          </Field>
          <Field label="Payment method" error={errors.paymentMethod}>
            <input value={values.paymentMethod} onChange={set("paymentMethod")} list="payment-methods" autoComplete="off" />
          </Field>
          <datalist id="payment-methods">
            <option value="Card" />
            <option value="Cash" />
            <option value="Bank transfer" />
          </datalist>
        </div>

        {(!existing || existing.expense.receipts !== undefined) && (
          <ReceiptPicker file={receipt} onChange={setReceipt} label={existing ? "Attach another receipt" : "Receipt"} />
        )}

        <div className="form-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? "Saving…" : existing ? "Save changes" : "Add expense"}
          </button>
          {existing && (
            <button type="button" className="button danger" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </div>
        {existing && (
          <p className="muted small">
            Last changed {format.dateTime(existing.expense.updatedAt)}
          </p>
        )}
      </form>
      {existing && <Receipts expense={existing.expense} onChanged={reload} />}
    </>
  );
}
