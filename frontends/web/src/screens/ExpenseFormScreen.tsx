import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { createExpense, deleteExpense, replaceExpense, uploadReceipt } from "../api/endpoints";
import { ApiError } from "../api/problem";
import { expenseQuery, expensesChanged } from "../api/queries";
import type { Expense, ExpenseInput } from "../api/types";
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
import { useOnDefaultCurrencyChange } from "../lib/useOnDefaultCurrencyChange";

interface Existing {
  expense: Expense;
  etag: string | null;
}

/** Add an expense (at /expenses/new) or edit one (at /expenses/:id). */
export function ExpenseFormScreen() {
  const { id } = useParams();
  const existing = useQuery({ ...expenseQuery(id ?? ""), enabled: id !== undefined });

  if (id && existing.error) {
    return (
      <>
        <h1>Expense</h1>
        <ErrorMessage error={existing.error} />
        <Link to="/expenses">Back to expenses</Link>
      </>
    );
  }
  if (id && !existing.data) return <Loading />;
  return <ExpenseForm key={id ?? "new"} existing={existing.data ?? null} />;
}

function ExpenseForm({ existing }: { existing: Existing | null }) {
  const { settings, categories, format } = usePreferences();
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ExpenseFormValues>(() => (existing ? formFromExpense(existing.expense) : emptyForm(settings.defaultCurrency)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [receipt, setReceipt] = useState<File | null>(null);
  // One key per form: pressing Save twice, or retrying after a dropped connection, records one expense.
  const idempotencyKey = useRef(newId());
  const firstError = useRef<HTMLFormElement>(null);

  // A new user's settings may arrive after the form opened: take their currency if nothing was typed yet.
  useOnDefaultCurrencyChange((currency) => {
    if (!existing && !values.amount) setValues({ ...values, currency });
  });

  const set = (field: keyof ExpenseFormValues) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const focusFirstError = () =>
    setTimeout(() => firstError.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), 0);

  const save = useMutation({
    mutationFn: async (input: ExpenseInput) => {
      const response = existing
        ? await replaceExpense(existing.expense.id, input, existing.etag)
        : await createExpense(input, idempotencyKey.current);
      const saved: Existing = { expense: response.data, etag: response.etag };
      return { saved, receiptProblem: receipt ? await attach(saved.expense.id, receipt) : null };
    },
    onSuccess: ({ saved, receiptProblem }) => {
      void expensesChanged(queryClient);
      if (existing) {
        const { queryKey } = expenseQuery(saved.expense.id);
        queryClient.setQueryData(queryKey, saved);
        // The new receipt is in the expense only as the server lists it now.
        if (receipt) void queryClient.invalidateQueries({ queryKey });
        setValues(formFromExpense(saved.expense));
        setReceipt(null);
        if (receiptProblem) toast(`The changes were saved. ${receiptProblem}`, { kind: "error", title: "Receipt not attached" });
        else toast("Expense saved.", { kind: "success" });
      } else if (receiptProblem) {
        toast(`The expense was saved. ${receiptProblem}`, { kind: "error", title: "Receipt not attached" });
        navigate(`/expenses/${saved.expense.id}`, { replace: true });
      } else {
        toast("Expense added.", { kind: "success" });
        navigate("/expenses");
      }
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldErrors).length > 0) {
        setErrors(serverFieldErrors(error.fieldErrors));
        setFormError(error.message);
        focusFirstError();
      } else {
        setFormError(messageOf(error));
      }
    },
  });

  const remove = useMutation({
    mutationFn: (expense: Expense) => deleteExpense(expense.id),
    onSuccess: (_, expense) => {
      toast("Expense deleted.", { kind: "success" });
      navigate("/expenses");
      queryClient.removeQueries({ queryKey: expenseQuery(expense.id).queryKey });
      return expensesChanged(queryClient);
    },
    onError: (error) => setFormError(messageOf(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateExpense(values);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) focusFirstError();
    else save.mutate(toExpenseInput(values));
  };

  const confirmRemove = () => {
    if (existing && window.confirm("Delete this expense and its receipts?")) remove.mutate(existing.expense);
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
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : existing ? "Save changes" : "Add expense"}
          </button>
          {existing && (
            <button type="button" className="button danger" onClick={confirmRemove}>
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
      {existing && <Receipts expense={existing.expense} />}
    </>
  );
}

/** Attaches a receipt to a saved expense; answers what went wrong, or null. */
async function attach(expenseId: string, file: File): Promise<string | null> {
  try {
    await uploadReceipt(expenseId, file);
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.isMissingFeature) return "Receipts are not available on this server.";
    return messageOf(error);
  }
}
