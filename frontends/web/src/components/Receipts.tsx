import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { deleteReceipt } from "../api/endpoints";
import { expenseQuery, receiptQuery } from "../api/queries";
import type { Expense, Receipt } from "../api/types";
import { ReceiptPicture } from "./ReceiptPicture";
import { useToast } from "./Toasts";
import { messageOf, NotAvailable } from "./States";
import { downloadBlob } from "../lib/download";

/** The receipts of an expense: pictures shown, PDFs opened or downloaded. */
export function Receipts({ expense }: { expense: Expense }) {
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
            <ReceiptItem key={receipt.id} expenseId={expense.id} receipt={receipt} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReceiptItem({ expenseId, receipt }: { expenseId: string; receipt: Receipt }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const file = useQuery(receiptQuery(expenseId, receipt.id));

  const remove = useMutation({
    mutationFn: () => deleteReceipt(expenseId, receipt.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expenseQuery(expenseId).queryKey }),
    onError: (error) => toast(messageOf(error), { kind: "error", title: "Could not remove the receipt" }),
  });

  const confirmRemove = () => {
    if (window.confirm(`Remove the receipt ${receipt.fileName}?`)) remove.mutate();
  };

  const isImage = receipt.contentType.startsWith("image/");
  return (
    <li className="receipt" data-testid="receipt">
      {isImage && file.data ? (
        <ReceiptPicture file={file.data} name={receipt.fileName} />
      ) : (
        <div className="receipt-file" aria-hidden="true">
          {file.isError ? "!" : "PDF"}
        </div>
      )}
      <div className="receipt-info">
        <span className="receipt-name">{receipt.fileName}</span>
        <span className="muted">{Math.max(1, Math.round(receipt.size / 1024))} KB</span>
        <div className="actions">
          {file.data && (
            <button type="button" className="button small" onClick={() => downloadBlob(file.data, receipt.fileName)}>
              Download
            </button>
          )}
          <button type="button" className="button small danger" onClick={confirmRemove}>
            Remove
          </button>
        </div>
        {file.isError && <span className="field-error">This receipt could not be loaded.</span>}
      </div>
    </li>
  );
}
