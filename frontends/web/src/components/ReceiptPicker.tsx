import { useId, useState, type ChangeEvent } from "react";

export const RECEIPT_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"];
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

/** What is wrong with a file as a receipt, before it is uploaded (the server judges the content again). */
export function receiptProblem(file: File): string | null {
  if (file.size > MAX_RECEIPT_BYTES) return "A receipt is at most 10 MB.";
  if (file.type && !RECEIPT_TYPES.includes(file.type)) return "A receipt is a JPEG, PNG or WebP picture, or a PDF.";
  return null;
}

/** Pick a receipt from the files on the device, or take a photo with the phone's camera. */
export function ReceiptPicker({ file, onChange, label }: { file: File | null; onChange(file: File | null): void; label: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = "";
    if (!chosen) return;
    const problem = receiptProblem(chosen);
    setError(problem);
    onChange(problem ? null : chosen);
  };
  return (
    <fieldset className="receipt-picker">
      <legend>{label}</legend>
      <div className="picker-buttons">
        <input id={`${id}-file`} className="visually-hidden" type="file" accept={RECEIPT_TYPES.join(",")} onChange={picked} data-testid="receipt-file" />
        <label htmlFor={`${id}-file`} className="button">
          Choose a file
        </label>
        <input id={`${id}-camera`} className="visually-hidden" type="file" accept="image/*" capture="environment" onChange={picked} />
        <label htmlFor={`${id}-camera`} className="button">
          Take a photo
        </label>
      </div>
      {file && (
        <p className="picked">
          {file.name}{" "}
          <button type="button" className="button small" onClick={() => onChange(null)}>
            Remove
          </button>
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="hint">JPEG, PNG, WebP or PDF, up to 10 MB.</p>
    </fieldset>
  );
}
