import { useEffect, useState } from "react";
import { deleteReceipt, downloadReceipt } from "../api/endpoints";
import type { Expense, Receipt } from "../api/types";
import { useToast } from "./Toasts";
import { messageOf, NotAvailable } from "./States";
import { downloadBlob } from "../lib/download";

/** The receipts of an expense: pictures shown, PDFs opened or downloaded. */
export function Receipts({ expense, onChanged }: { expense: Expense; onChanged(): void }) {
  if (expense.receipts === undefined) {
    return (
      <section className="card" aria-labelledby="receipts-title">
        <h2 id="receipts-title">Receipts</h2>
        <NotAvailable feature="receipts" />
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="receipts-title">
      <h2 id="receipts-title">Receipts</h2>
      {expense.receipts.length === 0 ? (
        <p className="muted">No receipt attached yet.</p>
      ) : (
        <ul className="receipts">
          {expense.receipts.map((receipt) => (
            <ReceiptItem key={receipt.id} expenseId={expense.id} receipt={receipt} onDeleted={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReceiptItem({ expenseId, receipt, onDeleted }: { expenseId: string; receipt: Receipt; onDeleted(): void }) {
  const toast = useToast();
  const [url, setUrl] = useState<string | null>(null);
  const [blob, setBlob] = useState<Blob | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    downloadReceipt(expenseId, receipt.id)
      .then((downloaded) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(downloaded);
        setBlob(downloaded);
        setUrl(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [expenseId, receipt.id]);

  const remove = async () => {
    if (!window.confirm(`Remove the receipt ${receipt.fileName}?`)) return;
    try {
      await deleteReceipt(expenseId, receipt.id);
      onDeleted();
    } catch (error) {
      toast(messageOf(error), { kind: "error", title: "Could not remove the receipt" });
    }
  };

  const isImage = receipt.contentType.startsWith("image/");
  return (
    <li className="receipt" data-testid="receipt">
      {isImage && url ? (
        <a href={url} target="_blank" rel="noreferrer">
          <img src={url} alt={`Receipt ${receipt.fileName}`} />
        </a>
      ) : (
        <div className="receipt-file" aria-hidden="true">
          {failed ? "!" : "PDF"}
        </div>
      )}
      <div className="receipt-info">
        <span className="receipt-name">{receipt.fileName}</span>
        <span className="muted">{Math.max(1, Math.round(receipt.size / 1024))} KB</span>
        <div className="actions">
          {blob && (
            <button type="button" className="button small" onClick={() => downloadBlob(blob, receipt.fileName)}>
              Download
            </button>
          )}
          <button type="button" className="button small danger" onClick={() => void remove()}>
            Remove
          </button>
        </div>
        {failed && <span className="field-error">This receipt could not be loaded.</span>}
      </div>
    </li>
  );
}
