import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { exportCsv, importCsv } from "../api/endpoints";
import { ApiError } from "../api/problem";
import { expensesImported } from "../api/queries";
import type { ImportResult } from "../api/types";
import { NotAvailable, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { IMPORT_COLUMNS, previewCsv, type CsvPreview } from "../lib/csv";
import { today } from "../lib/dates";
import { downloadBlob } from "../lib/download";
import { readText } from "../lib/readText";
import { usePreferences } from "../lib/Preferences";

const MAX_BYTES = 50 * 1024 * 1024;

export function ImportScreen() {
  const { format } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [fileName, setFileName] = useState<string | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState<"import" | "export" | null>(null);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setResult(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError("A file to import is at most 50 MB.");
      return;
    }
    const content = await readText(file);
    setFileName(file.name);
    setText(content);
    setPreview(previewCsv(content));
  };

  const csvImport = useMutation({
    mutationFn: importCsv,
    onMutate: () => setError(null),
    onSuccess: (answer) => {
      setResult(answer);
      toast(`${format.number(answer.imported)} imported.`, { kind: "success" });
      return expensesImported(queryClient);
    },
    onError: (reason) => {
      if (reason instanceof ApiError && reason.isMissingFeature) setUnavailable("import");
      else setError(messageOf(reason));
    },
  });

  const download = async () => {
    try {
      downloadBlob(await exportCsv({}), `expenses-${today()}.csv`);
    } catch (reason) {
      if (reason instanceof ApiError && reason.isMissingFeature) setUnavailable("export");
      else toast(messageOf(reason), { kind: "error", title: "Could not export" });
    }
  };

  return (
    <>
      <div className="screen-head">
        <h1>Import and export</h1>
      </div>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">Import a CSV file</h2>
        <p className="muted">
          Columns: <code>{IMPORT_COLUMNS.join(",")}</code>. Separated by <code>,</code> or <code>;</code>; tags separated by <code>|</code>.
          Importing the same file twice adds nothing new.
        </p>
        {unavailable === "import" ? (
          <NotAvailable feature="CSV import" />
        ) : (
          <>
            <label className="button" htmlFor="import-file">
              Choose a CSV file
            </label>
            <input id="import-file" className="visually-hidden" type="file" accept=".csv,text/csv" onChange={(e) => void picked(e)} data-testid="import-file" />
            {fileName && <span className="picked"> {fileName}</span>}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            {preview && <Preview preview={preview} />}
            {preview && (
              <button type="button" className="button primary" disabled={csvImport.isPending || preview.totalRows === 0 || preview.missingColumns.length > 0} onClick={() => text && csvImport.mutate(text)}>
                {csvImport.isPending ? "Importing…" : `Import ${format.number(preview.totalRows)} ${preview.totalRows === 1 ? "row" : "rows"}`}
              </button>
            )}
            {result && <Result result={result} />}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p className="muted">All your expenses as a CSV file that imports back unchanged. To export a filtered list, use Export on the Expenses page.</p>
        {unavailable === "export" ? (
          <NotAvailable feature="CSV export" />
        ) : (
          <button type="button" className="button" onClick={() => void download()}>
            Export all expenses
          </button>
        )}
      </section>
    </>
  );
}

function Preview({ preview }: { preview: CsvPreview }) {
  const { format } = usePreferences();
  return (
    <div className="preview" data-testid="import-preview">
      <p>
        {format.number(preview.totalRows)} {preview.totalRows === 1 ? "row" : "rows"} found, separated by <code>{preview.separator}</code>.
        {preview.totalRows > preview.rows.length && ` The first ${preview.rows.length} are shown.`}
      </p>
      {preview.missingColumns.length > 0 && (
        <p className="form-error" role="alert">
          The header line lacks: {preview.missingColumns.join(", ")}.
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Preview of the file">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {preview.header.map((column, index) => (
                <th scope="col" key={`${column}-${index}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {preview.header.map((_, index) => (
                  <td key={index}>{row.cells[index] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Result({ result }: { result: ImportResult }) {
  const { format } = usePreferences();
  return (
    <div className="import-result" role="status" data-testid="import-result">
      <p>
        <strong>{format.number(result.imported)}</strong> imported, <strong>{format.number(result.duplicates)}</strong> skipped as duplicates,{" "}
        <strong>{format.number(result.errors.length)}</strong> with errors.
      </p>
      {result.errors.length > 0 && (
        <table>
          <caption>Lines not imported</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((error) => (
              <tr key={`${error.line}-${error.message}`} data-testid="import-error">
                <td>{error.line}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
